const tau = 2 * Math.PI;

/**
 * Moves angles part of the way (`weight`, 0–1) towards an even spacing around the whole circle,
 * keeping their circular order and rotating the even spacing to fit them best. A ring that is
 * only crowded on one side reads as lopsided; evened out, it reads as a ring.
 */
export function evenOutOnCircle(angles: Float64Array, weight: number): Float64Array {
  const n = angles.length;
  const out = new Float64Array(n);
  if (n < 2) return out.fill(angles[0] ?? 0);
  const order = Array.from(angles, (a, i) => [((a % tau) + tau) % tau, i] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  // Start the unwrapped sequence after its widest gap, so that it increases without a jump.
  let start = 0;
  let widest = -1;
  order.forEach(([a], k) => {
    const gap = k === 0 ? a + tau - order[n - 1]![0] : a - order[k - 1]![0];
    if (gap > widest) [widest, start] = [gap, k];
  });
  const unwrapped = Array.from({ length: n }, (_, k) => {
    const [a] = order[(start + k) % n]!;
    return start + k >= n ? a + tau : a;
  });
  let offset = 0;
  unwrapped.forEach((a, k) => (offset += a - (tau * k) / n));
  offset /= n;
  unwrapped.forEach((a, k) => {
    const even = offset + (tau * k) / n;
    out[order[(start + k) % n]![1]] = a + (even - a) * weight;
  });
  return out;
}
