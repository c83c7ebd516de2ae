import { convexHull, type Point } from "../../graph/convexHull";
import type { GraphModel } from "../../model/graphModel";
import type { Positions } from "../types";
import type { Segment } from "./segments";

/**
 * The ties a view draws in full, as straight segments: a bilateral tie is one line, a group its
 * outline (the hull of its members' centres, as the outline is drawn around them). Ties a view
 * only traces faintly (`opacity` below one half) are left out: a reader does not follow them.
 */
export function drawnSegments(model: GraphModel, p: Positions, opacity: Float64Array): Segment[] {
  const out: Segment[] = [];
  model.tieMembers.forEach((members, tie) => {
    if (opacity[tie]! < 0.5) return;
    if (members.length === 2) {
      const [a, b] = members as [number, number];
      out.push({ x1: p.x[a]!, y1: p.y[a]!, x2: p.x[b]!, y2: p.y[b]!, tie, ends: members });
      return;
    }
    const at = new Map<string, number>();
    const points: Point[] = members.map((i) => {
      at.set(`${p.x[i]},${p.y[i]}`, i);
      return [p.x[i]!, p.y[i]!];
    });
    const hull = convexHull(points);
    hull.forEach((corner, k) => {
      const next = hull[(k + 1) % hull.length]!;
      if (hull.length < 3 && k > 0) return;
      const ends = [at.get(`${corner[0]},${corner[1]}`)!, at.get(`${next[0]},${next[1]}`)!];
      out.push({ x1: corner[0], y1: corner[1], x2: next[0], y2: next[1], tie, ends });
    });
  });
  return out;
}
