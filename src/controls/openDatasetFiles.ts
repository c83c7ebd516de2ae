import { refused } from "../data/datasetProblem";
import { isCsvName } from "../csv/csvLayout";
import { buildGraphModel } from "../model/graphModel";
import { loadModel, reportProblem, type AppStore } from "../state/appStore";
import { openDatasetFile } from "./openDatasetFile";
import { readCsvFiles } from "./openCsvFiles";

/**
 * What the reader chose or dropped: one JSON file, or the CSV files of one dataset (several at
 * once, or a folder). Shown once valid; otherwise the reader is told why, and the graphic stays.
 */
export async function openDatasetFiles(store: AppStore, files: readonly File[]): Promise<void> {
  const csv = files.filter((file) => isCsvName(file.name));
  const other = files.filter((file) => !isCsvName(file.name));
  if (csv.length === 0 && other.length === 1 && other[0]) return openDatasetFile(store, other[0]);
  if (csv.length === 0 && other.length === 0) return;
  if (other.length > 0) {
    const result = refused(
      `These ${files.length} files could not be opened`,
      `choose one JSON file, or the CSV files of one dataset (nodes.csv, ties.csv, …); not ${other.map((file) => `“${file.name}”`).join(", ")} with them`,
    );
    if (!result.ok) reportProblem(store, result.problem);
    return;
  }
  const result = await readCsvFiles(csv);
  if (result.ok) loadModel(store, buildGraphModel(result.dataset));
  else reportProblem(store, result.problem);
}
