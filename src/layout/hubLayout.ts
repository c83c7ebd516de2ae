import type { GraphModel } from "../model/graphModel";
import { fitPositions } from "./fitPositions";
import type { NodeMetrics } from "./nodeMetrics";
import { orderAllies } from "./orderAllies";
import { evenOutOnCircle } from "./evenOutOnCircle";
import { spreadOnCircle } from "./spreadOnCircle";
import type { NodeBox, Positions, Size } from "./types";

const tau = 2 * Math.PI;
const pad = 6;

function circularMean(angles: readonly number[]): number | undefined {
  if (angles.length === 0) return undefined;
  let sx = 0;
  let sy = 0;
  for (const a of angles) {
    sx += Math.cos(a);
    sy += Math.sin(a);
  }
  return Math.hypot(sx, sy) < 1e-9 ? angles[0] : Math.atan2(sy, sx);
}

/** Angular room two labelled nodes need on a ring of radius r, where they meet at `angle`. */
function angularGap(a: NodeBox, b: NodeBox, r: number, angle: number): number {
  const w = Math.max(a.right - b.left, b.right - a.left) + pad;
  const h = Math.max(a.bottom - b.top, b.bottom - a.top) + pad;
  const sin = Math.abs(Math.sin(angle));
  const cos = Math.abs(Math.cos(angle));
  // Moving along the ring at `angle` is moving along (−sin, cos): either axis may separate them.
  const along = Math.min(sin > 1e-6 ? w / sin : Infinity, cos > 1e-6 ? h / cos : Infinity);
  return Math.min(along / r, Math.PI);
}

/** The biggest empty arc between sorted angles: its middle. */
function widestGapMiddle(angles: readonly number[]): number {
  if (angles.length === 0) return -Math.PI / 2;
  const sorted = angles.map((a) => ((a % tau) + tau) % tau).sort((p, q) => p - q);
  let best = 0;
  let at = 0;
  sorted.forEach((a, k) => {
    const next = k === sorted.length - 1 ? sorted[0]! + tau : sorted[k + 1]!;
    if (next - a > best) [best, at] = [next - a, a + (next - a) / 2];
  });
  return at;
}

/**
 * The traditional order: the hub at the centre, the allies evenly spaced on a ring around it,
 * partners on an outer ring beside the allies they are tied to, the rivals grouped apart where
 * the outer ring is emptiest. A pure function of (model, size, metrics): no randomness at all.
 */
export function hubLayout(model: GraphModel, size: Size, metrics: NodeMetrics): Positions {
  const { nodes, tieMembers, hub } = model;
  const n = nodes.length;
  const allies = nodes.flatMap((node, i) => (node.role === "ally" ? [i] : []));
  const rivals = nodes.flatMap((node, i) => (node.role === "rival" ? [i] : []));
  const outer = nodes.flatMap((node, i) => (node.role === "partner" ? [i] : []));

  const neighbours: Set<number>[] = nodes.map(() => new Set());
  tieMembers.forEach((members, t) => {
    if (model.isSpoke[t]) return;
    for (const a of members) for (const b of members) if (a !== b) neighbours[a]!.add(b);
  });

  const affinity = allies.map((a) =>
    allies.map((b) => (a === b ? 0 : [...neighbours[a]!].filter((x) => x === b || neighbours[b]!.has(x)).length)),
  );
  const order = orderAllies(affinity);
  const angle = new Float64Array(n).fill(NaN);
  const start = -Math.PI / 2 + (allies.length % 2 === 0 ? Math.PI / allies.length : 0);
  order.forEach((k, slot) => (angle[allies[k]!] = start + (tau * slot) / Math.max(1, allies.length)));

  // Partners lean towards the allies they are tied to; those tied to other partners follow them.
  const preferred = new Map<number, number>();
  for (let pass = 0; pass < 3; pass++)
    for (const i of outer) {
      if (preferred.has(i)) continue;
      const anchors = [...neighbours[i]!].flatMap((j) =>
        !Number.isNaN(angle[j]!) ? [angle[j]!] : preferred.has(j) ? [preferred.get(j)!] : [],
      );
      const mean = circularMean(anchors);
      if (mean !== undefined) preferred.set(i, mean);
    }
  // The rivals go, as one group, where the ring is emptiest; partners tied to nothing but the
  // hub take the next emptiest places, next to any rival they face.
  const rivalAngle = widestGapMiddle([...allies.map((i) => angle[i]!), ...preferred.values()]);
  rivals.forEach((i, k) => preferred.set(i, rivalAngle + (k - (rivals.length - 1) / 2) * 1e-3));
  for (const i of outer) {
    if (preferred.has(i)) continue;
    const facing = circularMean([...neighbours[i]!].flatMap((j) => (preferred.has(j) ? [preferred.get(j)!] : [])));
    preferred.set(i, facing ?? widestGapMiddle([...allies.map((a) => angle[a]!), ...preferred.values()]));
  }

  const ring = [...outer, ...rivals];
  const half = Math.min(size.width, size.height) / 2;
  const crowded = ring.length > 60;
  let radius = Math.max(40, half - 40);
  let positions: Positions = { x: new Float64Array(n), y: new Float64Array(n) };
  // Label room depends on the ring's radius and the radius on the fit: settle both in a few rounds.
  for (let round = 0; round < 4; round++) {
    const inner = radius * 0.5;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (const i of allies) {
      x[i] = inner * Math.cos(angle[i]!);
      y[i] = inner * Math.sin(angle[i]!);
    }
    if (crowded) {
      placeOnRings(ring, preferred, radius, x, y);
    } else {
      const gap = (a: number, b: number, at: number) => angularGap(metrics.box[ring[a]!]!, metrics.box[ring[b]!]!, radius, at);
      const spread = spreadOnCircle(
        ring.map((i) => preferred.get(i)!),
        gap,
      );
      const placed = spreadOnCircle(Array.from(evenOutOnCircle(spread, 0.55)), gap);
      ring.forEach((i, k) => {
        const r = nodes[i]!.role === "rival" ? radius * 1.08 : radius;
        x[i] = r * Math.cos(placed[k]!);
        y[i] = r * Math.sin(placed[k]!);
      });
    }
    x[hub] = 0;
    y[hub] = 0;
    const fitted = fitPositions({ x, y }, metrics.box, size, 1.6);
    positions = fitted.positions;
    if (Math.abs(fitted.scale - 1) < 0.02) break;
    radius *= fitted.scale;
  }
  return positions;
}

/** For large graphs: concentric rings, filled in the order of the preferred angles. */
function placeOnRings(ring: readonly number[], preferred: ReadonlyMap<number, number>, radius: number, x: Float64Array, y: Float64Array) {
  const sorted = [...ring].sort((a, b) => (((preferred.get(a)! % tau) + tau) % tau) - (((preferred.get(b)! % tau) + tau) % tau) || a - b);
  const rings = Math.max(1, Math.ceil(Math.sqrt(sorted.length / 40)));
  const perRing = Math.ceil(sorted.length / rings);
  sorted.forEach((i, k) => {
    const level = Math.floor(k / perRing);
    const count = Math.min(perRing, sorted.length - level * perRing);
    const r = radius * (0.7 + (0.3 * (level + 1)) / rings);
    const a = preferred.get(sorted[level * perRing]!)! + (tau * (k - level * perRing)) / count;
    x[i] = r * Math.cos(a);
    y[i] = r * Math.sin(a);
  });
}
