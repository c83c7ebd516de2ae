import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvFromDataset } from "../src/csv/csvFromDataset";
import { validateDatasetText } from "../src/model/validateDataset";
import { formatValidationError } from "../src/model/validationError";

/**
 * `npm run export-csv -- <dataset.json> <folder>`: writes a dataset as CSV files, one per
 * spreadsheet tab (meta, scenarios, nodes, ties, quotes, and background, states, roles when it has
 * them). `npm run import` reads them back to the same dataset.
 */
const [input, folder] = process.argv.slice(2);
if (!input || !folder) {
  console.error("Usage: npm run export-csv -- <dataset.json> <folder>");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(input, "utf8");
} catch {
  console.error(`${input}: cannot be read (no such file)`);
  process.exit(1);
}
const validation = validateDatasetText(text);
if (!validation.ok) {
  console.error(`${input}: ${validation.errors.length} ${validation.errors.length === 1 ? "error" : "errors"}; fix them before exporting`);
  for (const error of validation.errors) console.error(`  ${formatValidationError(error).replaceAll("\n", "\n  ")}`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
const files = csvFromDataset(validation.dataset);
for (const file of files) writeFileSync(join(folder, file.name), file.text);
console.log(`${folder}: wrote ${files.map((file) => file.name).join(", ")}`);
