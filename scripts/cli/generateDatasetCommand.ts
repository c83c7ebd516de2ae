import { writeFileSync } from "node:fs";
import { syntheticDataset } from "../../bench/syntheticDataset";
import { cliOutput, type CliRun } from "./cliRun";

/**
 * `npx tsx scripts/generateDataset.ts <nodes> [seed] [out.json]`: a seeded synthetic dataset (see
 * bench/syntheticDataset.ts), to stdout or to a file. The same nodes and seed give the same file.
 */
export function generateDatasetCommand(args: readonly string[]): CliRun {
  const io = cliOutput();
  const [nodesArg, seedArg, out] = args;
  const nodes = Number(nodesArg);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  if (!Number.isInteger(nodes) || !Number.isInteger(seed)) {
    io.error("Usage: npx tsx scripts/generateDataset.ts <nodes> [seed] [out.json]");
    return io.end(2);
  }
  let text: string;
  try {
    text = JSON.stringify(syntheticDataset({ nodes, seed }));
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return io.end(2);
  }
  if (out) {
    writeFileSync(out, `${text}\n`);
    io.error(`${out}: ${nodes} nodes, seed ${seed}, ${Math.round((text.length + 1) / 1024)} KB`);
  } else {
    io.log(text);
  }
  return io.end(0);
}
