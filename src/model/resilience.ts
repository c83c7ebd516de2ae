import type { GraphModel } from "./graphModel";
import { tieStateInfo } from "./vocabulary";

export type Resilience = {
  /** Allies and partners still tied to at least one other ally or partner. */
  linked: number;
  /** All allies and partners. */
  total: number;
  /** The largest group of them still connected to one another. */
  largestBloc: number;
};

/**
 * The article's argument about Trump-proofing, measured: if every tie to the hub lapsed, how much
 * of the network would still hold together? Counts only ties that bind in the scenario (a pact
 * under negotiation does not yet), and multilateral ties by their remaining members.
 */
export function resilience(model: GraphModel, scenario: string): Resilience {
  const counted = model.nodes.map((node) => node.role === "ally" || node.role === "partner");
  const parent = model.nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const linked = new Set<number>();
  model.ties.forEach((tie, t) => {
    const state = tie.status[scenario];
    if (!state || !tieStateInfo[state].binds) return;
    const members = model.tieMembers[t]!.filter((i) => i !== model.hub && counted[i]);
    if (members.length < 2) return;
    for (const i of members) {
      linked.add(i);
      parent[find(i)] = find(members[0]!);
    }
  });
  const blocs = new Map<number, number>();
  for (const i of linked) blocs.set(find(i), (blocs.get(find(i)) ?? 0) + 1);
  return {
    linked: linked.size,
    total: counted.filter(Boolean).length,
    largestBloc: Math.max(0, ...blocs.values()),
  };
}
