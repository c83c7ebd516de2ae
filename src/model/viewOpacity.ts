import type { GraphModel } from "./graphModel";
import type { View } from "./vocabulary";

/** How faint a lattice tie is in the hub order: a trace that says "this exists, elsewhere". */
export const hubTraceOpacity = 0.1;

/**
 * Each tie's opacity in a view: in the hub order only the spokes are drawn in full. A group's
 * outline covers an area, so its trace is fainter still than a line's.
 */
export function viewOpacity(model: GraphModel, view: View): Float64Array {
  return Float64Array.from(model.isSpoke, (spoke, t) => {
    if (view === "lattice" || spoke) return 1;
    return model.tieMembers[t]!.length > 2 ? hubTraceOpacity / 2 : hubTraceOpacity;
  });
}
