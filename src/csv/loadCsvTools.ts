import { loadScript } from "../extras/loadScript";
import csvToolsUrl from "./csvTools.entry.ts?worker&url";
import { csvToolsGlobal, type CsvTools } from "./csvToolsApi";

let loading: Promise<CsvTools> | undefined;

/** The CSV tools, loaded once on first use (see `csvToolsApi.ts`). */
export function loadCsvTools(): Promise<CsvTools> {
  loading ??= loadScript<CsvTools>(csvToolsUrl, csvToolsGlobal).catch((error: unknown) => {
    // A failed load may succeed later (a flaky network): do not keep the failure.
    loading = undefined;
    throw error;
  });
  return loading;
}
