import { convexHull, type Point } from "./convexHull";

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The outline of a group of points grown by `pad`: the convex hull's edges pushed outwards, joined
 * by arcs around each corner. One closed path, so it can be filled, dashed and clicked as a whole.
 */
export function hullPath(points: readonly Point[], pad: number): string {
  const hull = convexHull(points);
  if (hull.length === 0) return "";
  if (hull.length === 1) {
    const [x, y] = hull[0]!;
    return `M${r2(x - pad)},${r2(y)}a${pad},${pad} 0 1,0 ${2 * pad},0a${pad},${pad} 0 1,0 ${-2 * pad},0Z`;
  }
  const n = hull.length;
  const offsets = hull.map((p, i) => {
    const q = hull[(i + 1) % n]!;
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    // The outward normal of a counter-clockwise (in y-down) edge.
    const nx = (q[1] - p[1]) / length;
    const ny = -(q[0] - p[0]) / length;
    return [p[0] + nx * pad, p[1] + ny * pad, q[0] + nx * pad, q[1] + ny * pad] as const;
  });
  let d = "";
  offsets.forEach(([x1, y1, x2, y2], i) => {
    d += i === 0 ? `M${r2(x1)},${r2(y1)}` : `A${pad},${pad} 0 0,1 ${r2(x1)},${r2(y1)}`;
    d += `L${r2(x2)},${r2(y2)}`;
  });
  const [fx, fy] = offsets[0]!;
  return `${d}A${pad},${pad} 0 0,1 ${r2(fx)},${r2(fy)}Z`;
}
