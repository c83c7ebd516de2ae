import type { NodeBox, Positions, Size } from "./types";

export const fitMargin = 8;

/** The extent of `s·v[i] + lo[i]` … `s·v[i] + hi[i]` over every i: a plain loop, since a fit runs it hundreds of times. */
function span(v: Float64Array, lo: Float64Array, hi: Float64Array, s: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const at = s * (v[i] ?? 0);
    const low = at + (lo[i] ?? 0);
    const high = at + (hi[i] ?? 0);
    if (low < min) min = low;
    if (high > max) max = high;
  }
  return [min, max];
}

/**
 * Scales positions about the origin, as much as the container allows with every node box inside
 * it, then centres the drawing, or, given an anchor, keeps the anchor in the middle of the container.
 * Labels keep their size: only the distances between nodes change, which is why the fit is searched
 * rather than computed in one division.
 */
export function fitPositions(
  p: Positions,
  boxes: readonly NodeBox[],
  size: Size,
  maxScale = 4,
  anchor?: readonly [number, number],
): { positions: Positions; scale: number } {
  const width = Math.max(1, size.width - 2 * fitMargin);
  const height = Math.max(1, size.height - 2 * fitMargin);
  const left = Float64Array.from(boxes, (box) => box.left);
  const right = Float64Array.from(boxes, (box) => box.right);
  const top = Float64Array.from(boxes, (box) => box.top);
  const bottom = Float64Array.from(boxes, (box) => box.bottom);
  const fits = (s: number) => {
    const [x0, x1] = span(p.x, left, right, s);
    if (!anchor && x1 - x0 > width) return false;
    const [y0, y1] = span(p.y, top, bottom, s);
    if (!anchor) return y1 - y0 <= height;
    const [ax, ay] = [s * anchor[0], s * anchor[1]];
    return ax - x0 <= width / 2 && x1 - ax <= width / 2 && ay - y0 <= height / 2 && y1 - ay <= height / 2;
  };
  let lo = 0;
  let hi = maxScale;
  if (fits(hi)) lo = hi;
  else
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
  const s = lo;
  const [x0, x1] = span(p.x, left, right, s);
  const [y0, y1] = span(p.y, top, bottom, s);
  const dx = size.width / 2 - (anchor ? s * anchor[0] : (x0 + x1) / 2);
  const dy = size.height / 2 - (anchor ? s * anchor[1] : (y0 + y1) / 2);
  const x = new Float64Array(p.x.length);
  const y = new Float64Array(p.y.length);
  for (let i = 0; i < x.length; i++) {
    x[i] = s * p.x[i]! + dx;
    y[i] = s * p.y[i]! + dy;
  }
  return { positions: { x, y }, scale: s };
}
