/**
 * The order of the allies around the hub that keeps related allies side by side, so that the ties
 * among them (drawn faintly in the hub order, fully in the lattice) cross as little as possible.
 * `affinity[i][j]` counts what allies i and j share. Exhaustive up to 8 allies (5,040 orders with
 * the first fixed); beyond that the dataset's order is kept.
 */
export function orderAllies(affinity: readonly (readonly number[])[]): number[] {
  const n = affinity.length;
  const identity = Array.from({ length: n }, (_, i) => i);
  if (n <= 3 || n > 8) return identity;
  const cost = (order: readonly number[]) => {
    let total = 0;
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        const d = Math.abs(a - b);
        total += affinity[order[a]!]![order[b]!]! * Math.min(d, n - d);
      }
    return total;
  };
  let best = identity;
  let bestCost = cost(identity);
  const rest = identity.slice(1);
  const permute = (prefix: number[], remaining: number[]) => {
    if (remaining.length === 0) {
      const c = cost(prefix);
      if (c < bestCost) [best, bestCost] = [prefix, c];
      return;
    }
    for (let i = 0; i < remaining.length; i++) permute([...prefix, remaining[i]!], [...remaining.slice(0, i), ...remaining.slice(i + 1)]);
  };
  permute([0], rest);
  return best;
}
