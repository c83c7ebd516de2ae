import { isCsvName } from "../csv/csvLayout";

/**
 * The files of a drop, folders opened: a folder of a spreadsheet's CSV files works like the files
 * themselves (what else is in the folder, a README or a system file, is left out). The entries
 * must be taken while the drop event runs; reading them may finish later.
 */
export function droppedFiles(data: DataTransfer): Promise<File[]> {
  // Where a browser gives no items (or a test gives only files), the files are all there is.
  if (!data.items) return Promise.resolve([...data.files]);
  const entries = [...data.items]
    .filter((item) => item.kind === "file")
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  if (!entries.some(({ entry }) => entry?.isDirectory)) return Promise.resolve([...data.files]);
  return Promise.all(
    entries.map(({ entry, file }) => (entry?.isDirectory ? filesIn(entry as FileSystemDirectoryEntry) : file ? [file] : [])),
  ).then((lists) => lists.flat());
}

async function filesIn(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries gives the entries in batches, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile && isCsvName(entry.name))
      .map((entry) => new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))),
  );
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
