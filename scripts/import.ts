import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isCsvName } from "../src/csv/csvLayout";
import { readCsvDataset, type CsvText } from "../src/csv/readCsvDataset";
import { decodeText } from "../src/data/decodeText";
import { maxDatasetBytes, tooLargeMessage } from "../src/data/sizeLimit";
import { validateDataset } from "../src/model/validateDataset";
import { formatValidationError } from "../src/model/validationError";

/**
 * `npm run import -- <folder or files…> -o <dataset.json>`: builds a dataset from the CSV (or TSV)
 * files of a spreadsheet, one per tab, and writes it as JSON once it is valid. Errors name the
 * file, the row and the column, exit status 1; never a stack trace.
 */
const args = process.argv.slice(2);
const o = args.findIndex((arg) => arg === "-o" || arg === "--out");
const out = o >= 0 ? args[o + 1] : undefined;
const inputs = args.filter((_, k) => o < 0 || (k !== o && k !== o + 1));
if (!out || inputs.length === 0) {
  console.error("Usage: npm run import -- <folder or files…> -o <dataset.json>");
  process.exit(2);
}

const files: CsvText[] = [];
const found: string[] = [];
for (const input of inputs) {
  let paths: string[];
  try {
    paths = statSync(input).isDirectory()
      ? readdirSync(input)
          .filter(isCsvName)
          .sort()
          .map((name) => join(input, name))
      : [input];
  } catch {
    console.error(`${input}: cannot be read (no such file or folder)`);
    process.exit(1);
  }
  for (const path of paths) found.push(path);
}
// The app's own limit, decoder and words: the files of one dataset together count as that dataset.
const size = found.reduce((sum, path) => sum + statSync(path).size, 0);
if (size > maxDatasetBytes) {
  console.error(`${inputs.join(", ")}: ${tooLargeMessage(maxDatasetBytes, size)}`);
  process.exit(1);
}
for (const path of found) {
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) {
    console.error(`${path}: ${decoded.message}`);
    process.exit(1);
  }
  files.push({ name: path, text: decoded.text });
}
if (files.length === 0) {
  console.error(`${inputs.join(", ")}: no .csv, .tsv or .txt files found`);
  process.exit(1);
}

const csv = readCsvDataset(files.map((file) => ({ ...file, name: file.name.split(/[\\/]/).pop() ?? file.name })));
const validation = validateDataset(csv.value);
const errors = [...csv.errors, ...(validation.ok ? [] : csv.locate(validation.errors))];
if (errors.length > 0 || !validation.ok) {
  console.error(`${inputs.join(", ")}: ${errors.length} ${errors.length === 1 ? "error" : "errors"}`);
  for (const error of errors) console.error(`  ${formatValidationError(error)}`);
  process.exit(1);
}
writeFileSync(out, `${JSON.stringify(validation.dataset, null, 2)}\n`);
const { nodes, ties, scenarios } = validation.dataset;
console.log(`${out}: written from ${files.length} files: ${nodes.length} nodes, ${ties.length} ties, ${scenarios.length} scenarios`);
