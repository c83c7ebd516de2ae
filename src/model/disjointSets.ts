/**
 * Disjoint sets over 0…n−1 (union–find with path halving): which items a set of links joins into
 * one group. Used by the figures that ask what still holds together once actors are taken away.
 */
export type DisjointSets = {
  /** The representative of the item's group. */
  find: (i: number) => number;
  /** Puts two items' groups together. */
  union: (a: number, b: number) => void;
};

export function disjointSets(count: number): DisjointSets {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let at = i;
    while (parent[at] !== at) {
      const up = parent[at] ?? at;
      const grand = parent[up] ?? up;
      parent[at] = grand;
      at = grand;
    }
    return at;
  };
  return { find, union: (a, b) => void (parent[find(a)] = find(b)) };
}
