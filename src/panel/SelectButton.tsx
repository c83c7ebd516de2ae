import type { ReactNode } from "react";
import type { Selection } from "../state/appState";
import { select, type AppStore } from "../state/appStore";

/** A link-like button in the panel that selects a node or tie of the graph. */
export function SelectButton({ store, target, children }: { store: AppStore; target: NonNullable<Selection>; children: ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={() => select(store, target)}>
      {children}
    </button>
  );
}
