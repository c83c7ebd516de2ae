import type { GraphModel } from "../model/graphModel";
import type { Target } from "../model/neighbourhood";
import { convexHull, type Point } from "./convexHull";
import type { ZoomTransform } from "./zoomTransform";

export type HitScene = {
  model: GraphModel;
  scenario: string;
  x: Float64Array;
  y: Float64Array;
  radius: Float64Array;
  tieOpacity: Float64Array;
  hullPad: Float64Array;
  zoom: ZoomTransform;
};

/** Half the 24 px a pointer needs to hit a thin line (WCAG 2.5.8), in screen pixels. */
export const hitSlop = 12;
/** A tie this faint (a hub-order trace) is not a target: what cannot be seen cannot be meant. */
const faint = 0.5;

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from a point to a convex polygon: 0 inside. */
function polygonDistance(px: number, py: number, hull: readonly Point[]): number {
  if (hull.length === 1) return Math.hypot(px - hull[0]![0], py - hull[0]![1]);
  let inside = hull.length > 2;
  let best = Infinity;
  for (let k = 0; k < hull.length; k++) {
    const [ax, ay] = hull[k]!;
    const [bx, by] = hull[(k + 1) % hull.length]!;
    if ((bx - ax) * (py - ay) - (by - ay) * (px - ax) < 0) inside = false;
    best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by));
  }
  return inside ? 0 : best;
}

/**
 * What is under a pointer at (sx, sy) in the container's pixels: a node first (the nearest whose
 * disc, with slop, holds the point), else the nearest line within the slop, else a group's outline.
 * For the canvas renderer, which has no elements to receive events.
 */
export function hitTest(scene: HitScene, sx: number, sy: number): Target | null {
  const { model, scenario, x, y, radius, tieOpacity, hullPad, zoom } = scene;
  const px = (sx - zoom.x) / zoom.k;
  const py = (sy - zoom.y) / zoom.k;
  const slop = hitSlop / zoom.k;
  let best: Target | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < x.length; i++) {
    const d = Math.hypot(px - x[i]!, py - y[i]!) - radius[i]!;
    if (d <= slop && d < bestDistance) [best, bestDistance] = [{ kind: "node", index: i }, d];
  }
  if (best) return best;
  const visible = (t: number) => tieOpacity[t]! >= faint && (model.ties[t]!.status[scenario] ?? "absent") !== "absent";
  model.tieMembers.forEach((members, t) => {
    if (members.length !== 2 || !visible(t)) return;
    const [a, b] = members as [number, number];
    const d = segmentDistance(px, py, x[a]!, y[a]!, x[b]!, y[b]!);
    if (d <= slop && d < bestDistance) [best, bestDistance] = [{ kind: "tie", index: t }, d];
  });
  if (best) return best;
  model.tieMembers.forEach((members, t) => {
    if (members.length < 3 || !visible(t)) return;
    const d = polygonDistance(px, py, convexHull(members.map((i) => [x[i]!, y[i]!] as const))) - hullPad[t]!;
    if (d <= 0 && d < bestDistance) [best, bestDistance] = [{ kind: "tie", index: t }, d];
  });
  return best;
}
