import type { Dataset } from "../model/schema";
import { datasetScriptId, layoutsScriptId } from "../publish/inlinedIds";
import type { PresetLayout } from "../publish/publishedLayouts";

/**
 * The dataset the page was published with, and its layouts, from the JSON inlined in the page
 * (scripts/publish.ts validated it). Null on a page that carries none.
 */
export function readPublished(doc: Document): { dataset: Dataset; presets: PresetLayout[] } | null {
  const data = doc.getElementById(datasetScriptId)?.textContent;
  if (!data) return null;
  const layouts = doc.getElementById(layoutsScriptId)?.textContent;
  return { dataset: JSON.parse(data) as Dataset, presets: layouts ? (JSON.parse(layouts) as PresetLayout[]) : [] };
}
