import { writeFileSync } from "node:fs";
import { syntheticDataset } from "../bench/syntheticDataset";

/**
 * `npx tsx scripts/generateDataset.ts <nodes> [seed] [out.json]`: a seeded synthetic dataset (see
 * bench/syntheticDataset.ts), to stdout or to a file. The same nodes and seed give the same file.
 */
const [nodesArg, seedArg, out] = process.argv.slice(2);
const nodes = Number(nodesArg);
const seed = seedArg === undefined ? 1 : Number(seedArg);
if (!Number.isInteger(nodes) || !Number.isInteger(seed)) {
  console.error("Usage: npx tsx scripts/generateDataset.ts <nodes> [seed] [out.json]");
  process.exit(2);
}
let text: string;
try {
  text = `${JSON.stringify(syntheticDataset({ nodes, seed }))}\n`;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (out) {
  writeFileSync(out, text);
  console.error(`${out}: ${nodes} nodes, seed ${seed}, ${Math.round(text.length / 1024)} KB`);
} else {
  process.stdout.write(text);
}
