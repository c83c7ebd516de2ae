import { readFileSync } from "node:fs";
import { factCheck } from "../../src/model/factCheck";
import { cliOutput, type CliRun } from "./cliRun";

/**
 * `npm run factcheck [-- <dataset.json> <article.txt>]`: every tie's state under every scenario
 * with its grounds (each quote with its line in the article, or the editors' inference), then any
 * problem. Exits 1 on a problem, so a build can stop on it. Defaults to the shipped dataset and
 * its article, whose last paragraph is the website's comment prompt (see data/source/README.md).
 */
export function factcheckCommand(args: readonly string[]): CliRun {
  const io = cliOutput();
  const [datasetPath = "data/indo-pacific.json", articlePath = "data/source/japan-times-2024-06-25.txt"] = args;
  const commentPrompt = /^With your current subscription plan/;
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.error(`${path}: cannot be read (${code === "ENOENT" ? "no such file" : (code ?? "error")})`);
      return undefined;
    }
  };
  const datasetText = read(datasetPath);
  const article = read(articlePath);
  if (datasetText === undefined || article === undefined) return io.end(2);

  let data: unknown;
  try {
    data = JSON.parse(datasetText);
  } catch (error) {
    io.error(`${datasetPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return io.end(1);
  }
  const { report, problems } = factCheck(data, article, (line) => commentPrompt.test(line));
  io.log(`Fact check of ${datasetPath} against ${articlePath}`);
  for (const line of report) io.log(line);
  io.log("");
  if (problems.length === 0) {
    io.log("No problems: every state is grounded and every quote is in the article verbatim.");
  } else {
    io.error(`${problems.length} ${problems.length === 1 ? "problem" : "problems"}:`);
    for (const problem of problems) io.error(`  ${problem}`);
  }
  return io.end(problems.length === 0 ? 0 : 1);
}
