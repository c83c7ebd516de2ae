import { maxDatasetBytes } from "../data/datasetLimits";
import { loadExtras } from "../extras/loadExtras";
import { validateInEngine } from "../data/validateInEngine";
import { buildGraphModel } from "../model/graphModel";
import { loadModel, reportProblem, type AppStore } from "../state/appStore";

/** Validates a file the reader chose or dropped; shows it, or says why not and keeps the graphic. */
export async function openDatasetFile(store: AppStore, file: File): Promise<void> {
  const { readDatasetFile } = await loadExtras();
  const result = await readDatasetFile(file, maxDatasetBytes, validateInEngine);
  if (result.ok) loadModel(store, buildGraphModel(result.dataset));
  else reportProblem(store, result.problem);
}
