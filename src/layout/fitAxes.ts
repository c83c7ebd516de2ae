import { fitMargin } from "./fitPositions";
import type { NodeBox, Positions, Size } from "./types";

/** The largest scale (up to `max`) at which the boxes along one axis span no more than `room`. */
function axisScale(v: Float64Array, lo: (i: number) => number, hi: (i: number) => number, room: number, max: number): number {
  const spanAt = (s: number) => {
    let min = Infinity;
    let most = -Infinity;
    for (let i = 0; i < v.length; i++) {
      min = Math.min(min, s * v[i]! + lo(i));
      most = Math.max(most, s * v[i]! + hi(i));
    }
    return most - min;
  };
  if (spanAt(max) <= room) return max;
  let [a, b] = [0, max];
  for (let k = 0; k < 40; k++) {
    const mid = (a + b) / 2;
    if (spanAt(mid) <= room) a = mid;
    else b = mid;
  }
  return a;
}

/**
 * Scales positions along each axis on its own, as far as the container allows, and centres them:
 * the drawing fills the frame's width and its height. Stretching one axis only moves boxes further
 * apart along it, so boxes clear of each other at one scale stay clear; labels keep their size.
 */
export function fitAxes(p: Positions, boxes: readonly NodeBox[], size: Size, maxScale = 2): Positions {
  const sx = axisScale(
    p.x,
    (i) => boxes[i]!.left,
    (i) => boxes[i]!.right,
    Math.max(1, size.width - 2 * fitMargin),
    maxScale,
  );
  const sy = axisScale(
    p.y,
    (i) => boxes[i]!.top,
    (i) => boxes[i]!.bottom,
    Math.max(1, size.height - 2 * fitMargin),
    maxScale,
  );
  const n = p.x.length;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, sx * p.x[i]! + boxes[i]!.left);
    x1 = Math.max(x1, sx * p.x[i]! + boxes[i]!.right);
    y0 = Math.min(y0, sy * p.y[i]! + boxes[i]!.top);
    y1 = Math.max(y1, sy * p.y[i]! + boxes[i]!.bottom);
  }
  const dx = size.width / 2 - (x0 + x1) / 2;
  const dy = size.height / 2 - (y0 + y1) / 2;
  return { x: Float64Array.from(p.x, (v) => sx * v + dx), y: Float64Array.from(p.y, (v) => sy * v + dy) };
}
