import { useId, useState, type ChangeEvent } from "react";
import type { AppStore } from "../state/appStore";
import { openDatasetFile } from "./openDatasetFile";

/** "Open dataset": a file input styled as a button; the file is validated before it replaces anything. */
export function OpenDataset({ store }: { store: AppStore }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    await openDatasetFile(store, file);
    setBusy(false);
    // Choosing the same file again must fire a change.
    input.value = "";
  };
  return (
    <span className="open-dataset">
      <input id={id} className="visually-hidden" type="file" accept=".json,application/json" onChange={onChange} />
      <label htmlFor={id} className="button" aria-busy={busy || undefined}>
        {busy ? "Opening…" : "Open dataset"}
      </label>
    </span>
  );
}
