import type { csvZip } from "./csvZip";
import type { readCsvDataset } from "./readCsvDataset";

/**
 * The CSV reader (d3-dsv) and the zip writer (fflate): a script of their own, loaded only when a
 * reader opens CSV files or downloads the data as CSV, never with the graphic.
 */
export type CsvTools = { readCsvDataset: typeof readCsvDataset; csvZip: typeof csvZip };

export const csvToolsGlobal = "__latticeworkCsv";
