import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isCsvName } from "../../src/csv/csvLayout";
import { readCsvDataset, type CsvText } from "../../src/csv/readCsvDataset";
import { decodeText } from "../../src/data/decodeText";
import { maxDatasetBytes, tooLargeMessage } from "../../src/data/sizeLimit";
import { validateDataset } from "../../src/model/validateDataset";
import { formatValidationError } from "../../src/model/validationError";
import { cliOutput, type CliRun } from "./cliRun";

/**
 * `npm run import -- <folder or files…> -o <dataset.json>`: builds a dataset from the CSV (or TSV)
 * files of a spreadsheet, one per tab, and writes it as JSON once it is valid. Errors name the
 * file, the row and the column, exit status 1; never a stack trace.
 */
export function importCommand(args: readonly string[]): CliRun {
  const io = cliOutput();
  const o = args.findIndex((arg) => arg === "-o" || arg === "--out");
  const out = o >= 0 ? args[o + 1] : undefined;
  const inputs = args.filter((_, k) => o < 0 || (k !== o && k !== o + 1));
  if (!out || inputs.length === 0) {
    io.error("Usage: npm run import -- <folder or files…> -o <dataset.json>");
    return io.end(2);
  }

  const found: string[] = [];
  for (const input of inputs) {
    try {
      if (!statSync(input).isDirectory()) found.push(input);
      else for (const name of readdirSync(input).filter(isCsvName).sort()) found.push(join(input, name));
    } catch {
      io.error(`${input}: cannot be read (no such file or folder)`);
      return io.end(1);
    }
  }
  // The app's own limit, decoder and words: the files of one dataset together count as that dataset.
  const size = found.reduce((sum, path) => sum + statSync(path).size, 0);
  if (size > maxDatasetBytes) {
    io.error(`${inputs.join(", ")}: ${tooLargeMessage(maxDatasetBytes, size)}`);
    return io.end(1);
  }
  const files: CsvText[] = [];
  for (const path of found) {
    const decoded = decodeText(readFileSync(path));
    if (!decoded.ok) {
      io.error(`${path}: ${decoded.message}`);
      return io.end(1);
    }
    files.push({ name: path, text: decoded.text });
  }
  if (files.length === 0) {
    io.error(`${inputs.join(", ")}: no .csv, .tsv or .txt files found`);
    return io.end(1);
  }

  const csv = readCsvDataset(files.map((file) => ({ ...file, name: file.name.split(/[\\/]/).pop() ?? file.name })));
  const validation = validateDataset(csv.value);
  const errors = [...csv.errors, ...(validation.ok ? [] : csv.locate(validation.errors))];
  if (errors.length > 0 || !validation.ok) {
    io.error(`${inputs.join(", ")}: ${errors.length} ${errors.length === 1 ? "error" : "errors"}`);
    for (const error of errors) io.error(`  ${formatValidationError(error)}`);
    return io.end(1);
  }
  writeFileSync(out, `${JSON.stringify(validation.dataset, null, 2)}\n`);
  const { nodes, ties, scenarios } = validation.dataset;
  io.log(`${out}: written from ${files.length} files: ${nodes.length} nodes, ${ties.length} ties, ${scenarios.length} scenarios`);
  return io.end(0);
}
