import { disjointSets } from "./disjointSets";
import type { GraphModel } from "./graphModel";
import { tieStateInfo, tieStates, type TieState } from "./vocabulary";

export type Resilience = {
  /** The hub's allies that are countries: the figure counts these (node indices, dataset order). */
  allies: number[];
  /** Those of them still joined to another counted ally, directly or through partners. */
  linked: number[];
  /** The largest group of allies still joined to one another, and the other nodes joined with them. */
  largestBloc: { allies: number[]; partners: number[] };
  /** Allies left out of the count because they are organizations (an alliance the hub may belong to). */
  organizations: number[];
  /** The states in which a tie counts as holding. */
  holding: TieState[];
  /** Multilateral ties left out because the hub is one of their members. */
  hubGroupings: number[];
};

/** A tie holds if it is cooperative and at least as firm as a tie in place with no change reported. */
export const holdingStates: TieState[] = tieStates.filter(
  (state) => tieStateInfo[state].polarity === "cooperative" && tieStateInfo[state].rank >= tieStateInfo.steady.rank,
);

/**
 * The article's argument about the lattice, measured as far as ties can measure it: take away the
 * hub and every tie it is a member of (bilateral or multilateral); which of its allies are still
 * joined to one another by ties that hold under the scenario? Strained, at-risk and sought ties do
 * not hold; rivals join nothing. Partners and organizations may join two allies, but only
 * countries are counted. It says nothing of capability, which the article doubts (its L33).
 */
export function resilience(model: GraphModel, scenario: string): Resilience {
  const { nodes, hub } = model;
  const joins = (i: number) => i !== hub && nodes[i]?.role !== "rival";
  const { find, union } = disjointSets(nodes.length);
  const touched = new Set<number>();
  const hubGroupings: number[] = [];
  model.ties.forEach((tie, t) => {
    const members = model.tieMembers[t] ?? [];
    if (members.includes(hub)) {
      if (members.length > 2) hubGroupings.push(t);
      return;
    }
    if (!holdingStates.includes(tie.status[scenario] ?? "absent")) return;
    const [first, ...rest] = members.filter(joins);
    if (first === undefined) return;
    touched.add(first);
    for (const i of rest) {
      touched.add(i);
      union(i, first);
    }
  });

  const isAlly = (i: number) => nodes[i]?.role === "ally" && i !== hub;
  const allies = nodes.flatMap((node, i) => (isAlly(i) && node.kind === "country" ? [i] : []));
  const organizations = nodes.flatMap((node, i) => (isAlly(i) && node.kind !== "country" ? [i] : []));
  const alliesIn = new Map<number, number[]>();
  for (const i of allies) alliesIn.set(find(i), [...(alliesIn.get(find(i)) ?? []), i]);
  const blocs = [...alliesIn.values()].filter((group) => group.length > 1);
  const linked = allies.filter((i) => (alliesIn.get(find(i))?.length ?? 0) > 1);
  // The first of the largest, in dataset order, so the same data always names the same bloc.
  const largest = blocs.reduce<number[]>((best, group) => (group.length > best.length ? group : best), []);
  const root = largest[0] === undefined ? -1 : find(largest[0]);
  const partners = [...touched].filter((i) => find(i) === root && !largest.includes(i)).sort((a, b) => a - b);
  return {
    allies,
    linked,
    largestBloc: { allies: largest, partners },
    organizations,
    holding: holdingStates,
    hubGroupings,
  };
}
