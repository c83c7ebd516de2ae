import { loadScriptOnce } from "../extras/loadScript";
import csvToolsUrl from "./csvTools.entry.ts?worker&url";
import { csvToolsGlobal, type CsvTools } from "./csvToolsApi";

/** The CSV tools, loaded once on first use (see `csvToolsApi.ts`). */
export const loadCsvTools: () => Promise<CsvTools> = loadScriptOnce<CsvTools>(csvToolsUrl, csvToolsGlobal);
