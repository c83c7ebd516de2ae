import { useEffect, useRef, useState, type PointerEvent } from "react";
import { useStore } from "zustand";
import { resolveSelection } from "../model/resolveSelection";
import { select, type AppStore } from "../state/appStore";
import { focusMark, markElement } from "./markElement";
import { NodeDetails } from "./NodeDetails";
import { Overview } from "./Overview";
import { TieDetails } from "./TieDetails";
import "./panel.css";

/** How far a drag on the sheet's handle must go to expand or shrink it, in CSS pixels. */
const dragThreshold = 24;

/** The details landmark: the overview, or the selected tie's quotes, or the selected node's ties. */
export function DetailsPanel({ store }: { store: AppStore }) {
  const model = useStore(store, (s) => s.model);
  const scenario = useStore(store, (s) => s.scenario);
  const selection = useStore(store, (s) => s.selection);
  const scroller = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const dragFrom = useRef<number | null>(null);
  const [expanded, setExpanded] = useState(false);
  // A sheet closed shrinks back: the next selection opens at its usual height (state adjusted
  // while rendering, as React advises, rather than in an effect).
  const [open, setOpen] = useState(selection !== null);
  if (open !== (selection !== null)) {
    setOpen(selection !== null);
    if (selection === null) setExpanded(false);
  }
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

  // Tab from the selected mark goes to its details, not through every other mark and the zoom
  // buttons first: the panel is one key press from what the reader chose.
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Tab" || event.shiftKey || event.defaultPrevented) return;
      const mark = markElement(selection);
      if (!mark || document.activeElement !== mark) return;
      // The first control the reader can see: a desktop panel shows Close alone.
      const buttons = [...(bar.current?.querySelectorAll("button") ?? [])];
      const first = buttons.find((button) => button.getClientRects().length > 0) ?? buttons.at(-1);
      if (!first) return;
      event.preventDefault();
      first.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selection]);

  /** Clears the selection and puts focus back on the mark it came from, not on the page's body. */
  const close = () => {
    focusMark(selection);
    select(store, null);
  };

  const onHandleDown = (event: PointerEvent) => {
    dragFrom.current = event.clientY;
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onHandleUp = (event: PointerEvent) => {
    const from = dragFrom.current;
    dragFrom.current = null;
    if (from === null) return;
    const moved = event.clientY - from;
    if (moved < -dragThreshold) setExpanded(true);
    else if (moved > dragThreshold) {
      if (expanded) setExpanded(false);
      else close();
    } else setExpanded(!expanded);
  };

  return (
    <aside
      className={`panel${selection ? " is-sheet" : ""}${expanded ? " is-expanded" : ""}`}
      aria-label="Details"
      id="details"
      tabIndex={-1}
      ref={scroller}
      onKeyDown={(event) => {
        // Escape (which the page turns into "clear") from inside the panel: back to the mark first.
        if (event.key === "Escape" && selection) focusMark(selection);
      }}
    >
      {selection && (
        <div className="panel__bar" ref={bar}>
          {/* A pointer's way to resize the sheet; the Expand button is everyone's. */}
          <div className="panel__handle" aria-hidden="true" onPointerDown={onHandleDown} onPointerUp={onHandleUp} />
          <button
            type="button"
            className="panel__expand"
            aria-expanded={expanded}
            aria-controls="details"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? "Shrink" : "Expand"}
          </button>
          <button type="button" className="panel__close" onClick={close} aria-label="Close details">
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
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
