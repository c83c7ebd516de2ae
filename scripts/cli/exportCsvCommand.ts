import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvFromDataset } from "../../src/csv/csvFromDataset";
import { validateDatasetText } from "../../src/model/validateDataset";
import { formatValidationError } from "../../src/model/validationError";
import { cliOutput, type CliRun } from "./cliRun";

/**
 * `npm run export-csv -- <dataset.json> <folder>`: writes a dataset as CSV files, one per
 * spreadsheet tab (meta, scenarios, nodes, ties, quotes, and background, states, roles when it has
 * them). `npm run import` reads them back to the same dataset.
 */
export function exportCsvCommand(args: readonly string[]): CliRun {
  const io = cliOutput();
  const [input, folder] = args;
  if (!input || !folder) {
    io.error("Usage: npm run export-csv -- <dataset.json> <folder>");
    return io.end(2);
  }
  let text: string;
  try {
    text = readFileSync(input, "utf8");
  } catch {
    io.error(`${input}: cannot be read (no such file)`);
    return io.end(1);
  }
  const validation = validateDatasetText(text);
  if (!validation.ok) {
    io.error(`${input}: ${validation.errors.length} ${validation.errors.length === 1 ? "error" : "errors"}; fix them before exporting`);
    for (const error of validation.errors) io.error(`  ${formatValidationError(error).replaceAll("\n", "\n  ")}`);
    return io.end(1);
  }
  mkdirSync(folder, { recursive: true });
  const files = csvFromDataset(validation.dataset);
  for (const file of files) writeFileSync(join(folder, file.name), file.text);
  io.log(`${folder}: wrote ${files.map((file) => file.name).join(", ")}`);
  return io.end(0);
}
