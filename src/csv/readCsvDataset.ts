import type { ValidationError } from "../model/validationError";
import { locateCsvErrors } from "./csvPlace";
import { datasetFromTables } from "./datasetFromTables";
import { parseTable } from "./parseTable";

export type CsvText = { name: string; text: string };

export type CsvDataset = {
  /** The dataset as JSON would give it, not yet validated. */
  value: Record<string, unknown>;
  /** Errors the files themselves have (unknown files, columns, keys). */
  errors: ValidationError[];
  /** Places the validator's errors in the files: `ties.csv, row 7, status_trump`. */
  locate: (errors: readonly ValidationError[]) => ValidationError[];
};

/** The files of a spreadsheet export, as one dataset to validate. Shared by the app and the CLI. */
export function readCsvDataset(files: readonly CsvText[]): CsvDataset {
  const build = datasetFromTables(files.map((file) => parseTable(file.name, file.text)));
  return { value: build.value, errors: build.errors, locate: (errors) => locateCsvErrors(errors, build.places) };
}
