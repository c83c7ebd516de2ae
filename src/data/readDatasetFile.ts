import type { Validation } from "../model/validateDataset";
import { refused, type DatasetResult } from "./datasetProblem";
import { decodeText } from "./decodeText";
import { tooLargeMessage } from "./sizeLimit";

/** Reads a dataset the reader opened or dropped: capped in size, decoded, then validated like any other. */
export async function readDatasetFile(
  file: File,
  maxBytes: number,
  validate: (text: string) => Promise<Validation>,
): Promise<DatasetResult> {
  const title = `“${file.name}” could not be opened`;
  if (file.size > maxBytes) return refused(title, tooLargeMessage(maxBytes, file.size));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refused(title, "the file could not be read");
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refused(title, decoded.message);
  const validation = await validate(decoded.text);
  if (!validation.ok) return { ok: false, problem: { title: `“${file.name}” is not a valid dataset`, errors: validation.errors } };
  return { ok: true, dataset: validation.dataset };
}
