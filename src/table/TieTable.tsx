import { Suspense, useContext, useState } from "react";
import { useStore } from "zustand";
import { lazyExtra } from "../extras/lazyExtra";
import { PrerenderContext } from "../publish/PrerenderContext";
import type { AppStore } from "../state/appStore";
import "./table.css";

/**
 * The text alternative: every tie, its members, kind, states and quotes, from the same data.
 * Its rows are only built when the reader opens it, and their code comes with the extras script:
 * a large dataset's thousands of rows cost nothing until then.
 */
export function TieTable({ store }: { store: AppStore }) {
  const [open, setOpen] = useState(false);
  const count = useStore(store, (s) => s.model.ties.length);
  const prerender = useContext(PrerenderContext);
  return (
    // The prerendered page holds the rows open for readers without JavaScript; with it, a
    // <noscript> is not drawn, and the live table takes over closed (nothing follows it to move).
    <details className="text-alternative" open={prerender ? true : undefined} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Table of all {count} ties</summary>
      {prerender && (
        <noscript>
          <prerender.TieRows store={store} />
        </noscript>
      )}
      {open && (
        <Suspense fallback={<p className="text-alternative__loading">Loading the table…</p>}>
          <TieRows store={store} />
        </Suspense>
      )}
    </details>
  );
}

const TieRows = lazyExtra("TieRows");
