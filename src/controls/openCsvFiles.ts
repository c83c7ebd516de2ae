import { refused, type DatasetResult } from "../data/datasetProblem";
import { decodeText } from "../data/decodeText";
import { maxDatasetBytes, tooLargeMessage } from "../data/sizeLimit";
import { validateInEngine } from "../data/validateInEngine";
import { loadCsvTools } from "../csv/loadCsvTools";

/**
 * Reads the CSV files of one dataset (one per spreadsheet tab) and validates the dataset they make
 * in the engine, like a JSON file; errors come back placed in the files (`ties.csv, row 7, …`).
 */
export async function readCsvFiles(files: readonly File[]): Promise<DatasetResult> {
  const title = files.length === 1 ? `“${files[0]?.name}” could not be opened` : `These ${files.length} files could not be opened`;
  const size = files.reduce((sum, file) => sum + file.size, 0);
  // The same cap, decoder and words as one JSON file: the CSV files of a dataset are that dataset.
  if (size > maxDatasetBytes) return refused(title, tooLargeMessage(maxDatasetBytes, size));
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return refused(title, `${file.name}: the file could not be read`);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return refused(title, `${file.name}: ${decoded.message}`);
    texts.push({ name: file.name, text: decoded.text });
  }
  const { readCsvDataset } = await loadCsvTools();
  const csv = readCsvDataset(texts);
  const validation = await validateInEngine(JSON.stringify(csv.value));
  const errors = [...csv.errors, ...(validation.ok ? [] : csv.locate(validation.errors))];
  const invalid = files.length === 1 ? `“${files[0]?.name}” is not a valid dataset` : "These files do not make a valid dataset";
  if (errors.length > 0 || !validation.ok) return { ok: false, problem: { title: invalid, errors } };
  return { ok: true, dataset: validation.dataset };
}
