import type { NodeMetrics } from "../layout/nodeMetrics";
import type { GraphModel } from "../model/graphModel";

/**
 * How far each multilateral outline stands off its members: a little more than the ones it
 * overlaps, so that two groupings sharing a member stay distinguishable. Zero for a pair.
 */
export function hullPads(model: GraphModel, metrics: NodeMetrics | null): Float64Array {
  const pads = new Float64Array(model.ties.length);
  if (!metrics) return pads;
  const count = new Map<number, number>();
  model.tieMembers.forEach((members, t) => {
    if (members.length < 3) return;
    const layer = Math.max(0, ...members.map((i) => count.get(i) ?? 0));
    for (const i of members) count.set(i, layer + 1);
    pads[t] = Math.max(...members.map((i) => metrics.radius[i]!)) + 8 + layer * 7;
  });
  return pads;
}
