import { disjointSets } from "./disjointSets";
import type { GraphModel } from "./graphModel";
import { holdingStates } from "./resilience";

export type WithoutActors = {
  /** The actors taken away (node indices, dataset order). */
  removed: number[];
  /** Every tie with a removed actor among its members: these are gone with it. */
  removedTies: number[];
  /**
   * The groups of the actors that stay, each joined by ties that still hold, with two or more
   * members, largest first (ties broken by dataset order), each in dataset order.
   */
  groups: number[][];
  /** Actors that stay but are tied to no one by a tie that holds. */
  alone: number[];
  /**
   * Removed ties that were their members' only path to the rest: the tie held, and what stays of
   * it lies outside the group that keeps most of the removed actors' partners.
   */
  onlyPaths: number[];
  /** Actors that stay whose loss would split their group further (articulation points). */
  articulation: number[];
};

/**
 * The network without some actors: take them and every tie they belong to away, and see what still
 * holds under the scenario. A tie joins its members only in a state that holds (institutionalized,
 * deepening or steady, as the resilience figure counts); rivalries join nothing. A multilateral
 * tie is one link among all its members, so the graph is kept as actors and ties, bipartite: an
 * actor is an articulation point when removing it splits the actors of its group.
 */
export function withoutActors(model: GraphModel, scenario: string, removedIds: readonly string[]): WithoutActors {
  const count = model.nodes.length;
  const isRemoved = new Uint8Array(count);
  for (const id of removedIds) {
    const i = model.nodeIndex.get(id);
    if (i !== undefined) isRemoved[i] = 1;
  }
  const removed = model.nodes.flatMap((_, i) => (isRemoved[i] ? [i] : []));
  const holds = (t: number) => holdingStates.includes(model.ties[t]?.status[scenario] ?? "absent");
  const removedTies: number[] = [];
  /** Ties that hold and keep all their members; the rest are gone. */
  const kept: number[] = [];
  model.tieMembers.forEach((members, t) => {
    if (members.some((i) => isRemoved[i])) removedTies.push(t);
    else if (holds(t)) kept.push(t);
  });

  const { find, union } = disjointSets(count);
  const linked = new Uint8Array(count);
  for (const t of kept) {
    const members = model.tieMembers[t] ?? [];
    const first = members[0];
    if (first === undefined) continue;
    for (const i of members) {
      linked[i] = 1;
      union(i, first);
    }
  }

  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    if (isRemoved[i] || !linked[i]) continue;
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(i);
    else byRoot.set(root, [i]);
  }
  // Sorting is stable and groups were made in dataset order, so equal sizes keep that order.
  const groups = [...byRoot.values()].sort((a, b) => b.length - a.length);
  const alone = model.nodes.flatMap((_, i) => (!isRemoved[i] && !linked[i] ? [i] : []));

  // The removed actors' partners: where do they end up? The group holding most of them is the rest.
  const partners = new Set<number>();
  for (const t of removedTies) {
    if (!holds(t)) continue;
    for (const i of model.tieMembers[t] ?? []) if (!isRemoved[i]) partners.add(i);
  }
  const partnersIn = new Map<number, number>();
  for (const i of partners) if (linked[i]) partnersIn.set(find(i), (partnersIn.get(find(i)) ?? 0) + 1);
  let mainRoot = -1;
  let most = 0;
  for (const group of groups) {
    const root = find(group[0] ?? 0);
    const n = partnersIn.get(root) ?? 0;
    if (n > most) [mainRoot, most] = [root, n];
  }
  const onlyPaths = removedTies.filter((t) => {
    if (!holds(t)) return false;
    const stay = (model.tieMembers[t] ?? []).filter((i) => !isRemoved[i]);
    return stay.length > 0 && stay.some((i) => !linked[i] || find(i) !== mainRoot);
  });

  return { removed, removedTies, groups, alone, onlyPaths, articulation: articulationPoints(model, kept, isRemoved) };
}

/**
 * Articulation points among actors, on the bipartite graph of actors (0…n−1) and kept ties
 * (n…n+t−1). Iterative Tarjan, since 5,000 actors would go deeper than a safe call stack.
 */
function articulationPoints(model: GraphModel, kept: readonly number[], isRemoved: Uint8Array): number[] {
  const n = model.nodes.length;
  const size = n + kept.length;
  const adjacency: number[][] = Array.from({ length: size }, () => []);
  kept.forEach((t, k) => {
    for (const i of model.tieMembers[t] ?? []) {
      adjacency[i]?.push(n + k);
      adjacency[n + k]?.push(i);
    }
  });
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const isCut = new Uint8Array(n);
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (isRemoved[root] || order[root] !== -1 || (adjacency[root]?.length ?? 0) === 0) continue;
    let rootChildren = 0;
    order[root] = low[root] = clock++;
    const stack: { vertex: number; parent: number; next: number }[] = [{ vertex: root, parent: -1, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const neighbours = adjacency[frame.vertex] ?? [];
      if (frame.next < neighbours.length) {
        const w = neighbours[frame.next++] ?? -1;
        if (w === frame.parent) continue;
        if (order[w] === -1) {
          order[w] = low[w] = clock++;
          if (frame.vertex === root) rootChildren++;
          stack.push({ vertex: w, parent: frame.vertex, next: 0 });
        } else low[frame.vertex] = Math.min(low[frame.vertex] ?? 0, order[w] ?? 0);
        continue;
      }
      stack.pop();
      const up = frame.parent;
      if (up === -1) continue;
      low[up] = Math.min(low[up] ?? 0, low[frame.vertex] ?? 0);
      // A non-root actor cuts the graph when a child's subtree cannot climb above it.
      if (up < n && up !== root && (low[frame.vertex] ?? 0) >= (order[up] ?? 0)) isCut[up] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  return model.nodes.flatMap((_, i) => (isCut[i] ? [i] : []));
}
