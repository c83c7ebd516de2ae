import { useEffect, useRef } from "react";
import { useStore } from "zustand";
import { resolveSelection } from "../model/resolveSelection";
import { select, type AppStore } from "../state/appStore";
import { NodeDetails } from "./NodeDetails";
import { Overview } from "./Overview";
import { TieDetails } from "./TieDetails";

/** The details landmark: the overview, or the selected tie's quotes, or the selected node's ties. */
export function DetailsPanel({ store }: { store: AppStore }) {
  const model = useStore(store, (s) => s.model);
  const scenario = useStore(store, (s) => s.scenario);
  const selection = useStore(store, (s) => s.selection);
  const scroller = useRef<HTMLElement>(null);
  const selected = resolveSelection(model, selection);
  const tie = selected?.kind === "tie" ? selected.index : undefined;
  const node = selected?.kind === "node" ? selected.index : undefined;

  const shown = useRef<typeof selection | undefined>(undefined);
  useEffect(() => {
    // Back to the top for a new selection; not on mount, where it is at the top already and a
    // scroll would force the page's layout inside the load's work.
    if (shown.current !== undefined) scroller.current?.scrollTo?.({ top: 0 });
    shown.current = selection;
    // The page keeps room for the details sheet on a phone (a class, not :has(), which would make
    // every change inside the page a question for the style engine).
    document.documentElement.classList.toggle("has-sheet", selection !== null);
  }, [selection]);

  return (
    <aside className={`panel${selection ? " is-sheet" : ""}`} aria-label="Details" id="details" tabIndex={-1} ref={scroller}>
      {selection && (
        <button type="button" className="panel__close" onClick={() => select(store, null)} aria-label="Close details">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      )}
      {tie !== undefined ? (
        <TieDetails store={store} model={model} tie={tie} scenario={scenario} />
      ) : node !== undefined ? (
        <NodeDetails store={store} model={model} node={node} scenario={scenario} />
      ) : (
        <Overview store={store} model={model} scenario={scenario} />
      )}
    </aside>
  );
}
