import type { GraphModel } from "./graphModel";
import type { Target } from "./neighbourhood";

/** A mark named by id and kind, as the store, the address and the embed protocol keep a selection. */
export type MarkRef = { kind: "tie" | "node"; id: string };

/**
 * The mark a selection names in this dataset, by index: null when nothing is selected, or when
 * the dataset has no such mark (an address from another dataset, a stale embed message).
 */
export function resolveSelection(model: GraphModel, selection: MarkRef | null): Target | null {
  if (!selection) return null;
  const index = (selection.kind === "tie" ? model.tieIndex : model.nodeIndex).get(selection.id);
  if (index === undefined) return null;
  return selection.kind === "tie" ? { kind: "tie", index } : { kind: "node", index };
}
