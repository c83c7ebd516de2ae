import { convexHull, type Point } from "./convexHull";

/** Where an outline is traced: a canvas context, a Path2D, or a recorder in tests. */
export type PathSink = Pick<CanvasPath, "moveTo" | "lineTo" | "arc" | "closePath">;

/**
 * The outline `hullPath` draws as SVG, traced into a canvas path instead: the hull's edges pushed
 * out by `pad`, joined by arcs centred on each corner. Tracing straight into the path spares a
 * frame the string building and parsing of a path `d`.
 */
export function traceHull(path: PathSink, points: readonly Point[], pad: number): void {
  const hull = convexHull(points);
  const n = hull.length;
  if (n === 0) return;
  if (n === 1) {
    const [x, y] = hull[0]!;
    path.moveTo(x + pad, y);
    path.arc(x, y, pad, 0, 2 * Math.PI);
    path.closePath();
    return;
  }
  let previous = 0;
  for (let i = 0; i <= n; i++) {
    const p = hull[i % n]!;
    const q = hull[(i + 1) % n]!;
    // The angle of the edge's outward normal (dy, -dx): the edge from p to q is pushed that way.
    const angle = Math.atan2(p[0] - q[0], q[1] - p[1]);
    const nx = pad * Math.cos(angle);
    const ny = pad * Math.sin(angle);
    if (i === 0) path.moveTo(p[0] + nx, p[1] + ny);
    else path.arc(p[0], p[1], pad, previous, angle);
    if (i < n) path.lineTo(q[0] + nx, q[1] + ny);
    previous = angle;
  }
  path.closePath();
}
