const tau = 2 * Math.PI;

const wrap = (a: number) => ((a % tau) + tau) % tau;

/**
 * Places items on a circle as near their preferred angles as their required gaps allow.
 * `gap(i, j, angle)` is the angular distance items i and j need when they meet near `angle`.
 * Items keep the circular order of their preferences; the relaxation is fixed-count, hence
 * deterministic.
 */
export function spreadOnCircle(preferred: readonly number[], gap: (i: number, j: number, angle: number) => number): Float64Array {
  const n = preferred.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const order = preferred.map((a, i) => [wrap(a), i] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const theta = order.map(([a]) => a);
  const ids = order.map(([, i]) => i);
  if (n === 1) {
    out[ids[0]!] = theta[0]!;
    return out;
  }
  const needed = (k: number) => gap(ids[k]!, ids[(k + 1) % n]!, theta[k]!);
  let total = 0;
  for (let k = 0; k < n; k++) total += needed(k);
  if (total >= tau) {
    // Not enough room to honour the gaps: share the circle in proportion to them.
    let at = theta[0]!;
    const scale = tau / total;
    const gaps = Array.from({ length: n }, (_, k) => needed(k) * scale);
    for (let k = 0; k < n; k++) {
      out[ids[k]!] = at;
      at += gaps[k]!;
    }
    return out;
  }
  // The gaps depend on where items meet, which moves as they are pushed apart: they are measured
  // again between rounds of relaxation rather than at every step, which is what made this costly.
  const need = new Float64Array(n);
  for (let round = 0; round < 8; round++) {
    for (let k = 0; k < n; k++) need[k] = needed(k);
    let moved = false;
    for (let iteration = 0; iteration < 60; iteration++) {
      moved = false;
      for (let k = 0; k < n; k++) {
        const next = (k + 1) % n;
        const distance = k === n - 1 ? theta[0]! + tau - theta[k]! : theta[next]! - theta[k]!;
        const overlap = need[k]! - distance;
        if (overlap > 1e-9) {
          theta[k] = theta[k]! - overlap / 2;
          theta[next] = theta[next]! + overlap / 2;
          moved = true;
        }
      }
      if (!moved) break;
    }
    if (!moved && round > 0) break;
  }
  for (let k = 0; k < n; k++) out[ids[k]!] = theta[k]!;
  return out;
}
