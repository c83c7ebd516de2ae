import { useId, useState, type ChangeEvent } from "react";
import type { AppStore } from "../state/appStore";
import { focusAfterOpen } from "./focusAfterOpen";
import { openDatasetFiles } from "./openDatasetFiles";

/**
 * "Open dataset": a file input styled as a button, for one JSON file or the CSV files of a
 * spreadsheet (several at once); the dataset is validated before it replaces anything.
 */
export function OpenDataset({ store }: { store: AppStore }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    await openDatasetFiles(store, files);
    setBusy(false);
    // Choosing the same file again must fire a change.
    input.value = "";
    await focusAfterOpen(store);
  };
  return (
    <span className="open-dataset">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
        onChange={onChange}
      />
      <label htmlFor={id} className="button" aria-busy={busy || undefined}>
        {busy ? "Opening…" : "Open dataset"}
      </label>
    </span>
  );
}
