import type { NodeBox, Positions, Size } from "./types";

export const fitMargin = 8;

function span(v: Float64Array, lo: (i: number) => number, hi: (i: number) => number, s: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    min = Math.min(min, s * v[i]! + lo(i));
    max = Math.max(max, s * v[i]! + hi(i));
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
  const left = (i: number) => boxes[i]!.left;
  const right = (i: number) => boxes[i]!.right;
  const top = (i: number) => boxes[i]!.top;
  const bottom = (i: number) => boxes[i]!.bottom;
  const fits = (s: number) => {
    const [x0, x1] = span(p.x, left, right, s);
    const [y0, y1] = span(p.y, top, bottom, s);
    if (!anchor) return x1 - x0 <= width && y1 - y0 <= height;
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
