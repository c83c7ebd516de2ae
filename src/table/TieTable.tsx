import { Suspense, useState } from "react";
import { useStore } from "zustand";
import { lazyExtra } from "../extras/lazyExtra";
import type { AppStore } from "../state/appStore";

/**
 * The text alternative: every tie, its members, kind, states and quotes, from the same data.
 * Its rows are only built when the reader opens it, and their code comes with the extras script:
 * a large dataset's thousands of rows cost nothing until then.
 */
export function TieTable({ store }: { store: AppStore }) {
  const [open, setOpen] = useState(false);
  const count = useStore(store, (s) => s.model.ties.length);
  return (
    <details className="text-alternative" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Table of all {count} ties</summary>
      {open && (
        <Suspense fallback={<p className="text-alternative__loading">Loading the table…</p>}>
          <TieRows store={store} />
        </Suspense>
      )}
    </details>
  );
}

const TieRows = lazyExtra("TieRows");
