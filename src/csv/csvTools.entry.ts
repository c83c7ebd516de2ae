import { csvToolsGlobal, type CsvTools } from "./csvToolsApi";
import { csvZip } from "./csvZip";
import { readCsvDataset } from "./readCsvDataset";

const tools: CsvTools = { readCsvDataset, csvZip };
(globalThis as Record<string, unknown>)[csvToolsGlobal] = tools;
