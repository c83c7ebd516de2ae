/** What a command printed and how it ended: the same for a test in-process and for a terminal. */
export type CliRun = { status: number; stdout: string; stderr: string };

/** Collects a command's lines; `end` gives the run, so a command returns where a script would exit. */
export function cliOutput() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    log: (line: string) => void out.push(`${line}\n`),
    error: (line: string) => void err.push(`${line}\n`),
    end: (status: number): CliRun => ({ status, stdout: out.join(""), stderr: err.join("") }),
  };
}

/** Prints a run as the terminal expects it and exits with its status. */
export function finish(run: CliRun): never {
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exit(run.status);
}
