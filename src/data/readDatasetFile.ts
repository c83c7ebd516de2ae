import type { Validation } from "../model/validateDataset";
import { refused, type DatasetResult } from "./datasetProblem";

/** Reads a dataset the reader opened or dropped: capped in size, then validated like any other. */
export async function readDatasetFile(
  file: File,
  maxBytes: number,
  validate: (text: string) => Promise<Validation>,
): Promise<DatasetResult> {
  const title = `“${file.name}” could not be opened`;
  if (file.size > maxBytes) return refused(title, `too large: ${file.size} bytes, the limit is ${maxBytes}`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused(title, "the file could not be read");
  }
  const validation = await validate(text);
  if (!validation.ok) return { ok: false, problem: { title: `“${file.name}” is not a valid dataset`, errors: validation.errors } };
  return { ok: true, dataset: validation.dataset };
}
