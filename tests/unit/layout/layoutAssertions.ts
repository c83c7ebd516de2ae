import type { NodeMetrics } from "../../../src/layout/nodeMetrics";
import type { Positions, Size } from "../../../src/layout/types";

/** Pairs of nodes whose label boxes overlap, by index. */
export function overlappingBoxes(p: Positions, metrics: NodeMetrics, tolerance = 0.5): [number, number][] {
  const out: [number, number][] = [];
  const n = p.x.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = metrics.box[i]!;
      const b = metrics.box[j]!;
      const ox = Math.min(p.x[i]! + a.right, p.x[j]! + b.right) - Math.max(p.x[i]! + a.left, p.x[j]! + b.left);
      const oy = Math.min(p.y[i]! + a.bottom, p.y[j]! + b.bottom) - Math.max(p.y[i]! + a.top, p.y[j]! + b.top);
      if (ox > tolerance && oy > tolerance) out.push([i, j]);
    }
  return out;
}

/** Nodes whose box leaves the container. */
export function outside(p: Positions, metrics: NodeMetrics, size: Size): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.x.length; i++) {
    const box = metrics.box[i]!;
    if (
      p.x[i]! + box.left < -0.5 ||
      p.x[i]! + box.right > size.width + 0.5 ||
      p.y[i]! + box.top < -0.5 ||
      p.y[i]! + box.bottom > size.height + 0.5
    )
      out.push(i);
  }
  return out;
}

/** A normalized, readable snapshot of positions (as Observable Plot rounds its snapshots). */
export const snapshotOf = (p: Positions, ids: readonly string[]) =>
  Object.fromEntries(ids.map((id, i) => [id, [Math.round(p.x[i]!), Math.round(p.y[i]!)]]));
