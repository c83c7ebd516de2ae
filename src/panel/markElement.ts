import type { Selection } from "../state/appState";

/**
 * The drawn mark of a selection, where the graph draws marks as elements (SVG; a canvas has none):
 * by the contract's `data-tie-id` / `data-node-id`, so a tie and a node of the same id stay apart.
 */
export function markElement(selection: Selection, root: ParentNode = document): HTMLElement | SVGElement | null {
  if (!selection) return null;
  const attribute = selection.kind === "tie" ? "data-tie-id" : "data-node-id";
  return root.querySelector<HTMLElement | SVGElement>(`.graph [${attribute}="${CSS.escape(selection.id)}"]`);
}

/** Focus back on the mark, or, where there is none to focus, on the graph itself. */
export function focusMark(selection: Selection, root: ParentNode = document): void {
  const target = markElement(selection, root) ?? root.querySelector<HTMLElement | SVGElement>('.graph [tabindex="0"]');
  target?.focus();
}
