import { strToU8, zipSync } from "fflate";
import type { Dataset } from "../model/schema";
import { csvFromDataset } from "./csvFromDataset";

/** The dataset's CSV files in one zip, in a folder named after the download, ready to unpack. */
export function csvZip(dataset: Dataset, folder: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of csvFromDataset(dataset)) entries[`${folder}/${file.name}`] = strToU8(file.text);
  return zipSync(entries, { level: 6 });
}
