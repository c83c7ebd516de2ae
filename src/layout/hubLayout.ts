import type { GraphModel } from "../model/graphModel";
import { fitPositions } from "./fitPositions";
import type { NodeMetrics } from "./nodeMetrics";
import { orderAllies } from "./orderAllies";
import { evenOutOnCircle } from "./evenOutOnCircle";
import { spaceUse } from "./quality/spaceUse";
import { spreadOnCircle } from "./spreadOnCircle";
import type { NodeBox, Positions, Size } from "./types";

const tau = 2 * Math.PI;
const pad = 6;

/** What two nodes share: a tie between them, and each neighbour they have in common. */
function shared(neighbours: readonly Set<number>[], a: number, b: number): number {
  if (a === b) return 0;
  let count = 0;
  for (const x of neighbours[a]!) if (x === b || neighbours[b]!.has(x)) count++;
  return count;
}

/**
 * Angular room two labelled nodes need on an ellipse of radii (rx, ry), where they meet at `angle`.
 * A step dθ there moves a node by (rx·sin, ry·cos)·dθ: either axis may separate the two boxes.
 */
function angularGap(a: NodeBox, b: NodeBox, rx: number, ry: number, angle: number): number {
  const w = Math.max(a.right - b.left, b.right - a.left) + pad;
  const h = Math.max(a.bottom - b.top, b.bottom - a.top) + pad;
  const tx = rx * Math.abs(Math.sin(angle));
  const ty = ry * Math.abs(Math.cos(angle));
  return Math.min(tx > 1e-6 ? w / tx : Infinity, ty > 1e-6 ? h / ty : Infinity, Math.PI);
}

/**
 * Angles on the circle, kept sorted as they are added, so that asking for the middle of the
 * widest empty arc costs one scan, not a sort: at thousands of partners tied only to the hub, a
 * sort per partner was most of the layout's time.
 */
class SortedAngles {
  private readonly sorted: number[] = [];

  add(angle: number): void {
    const a = ((angle % tau) + tau) % tau;
    let [lo, hi] = [0, this.sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! <= a) lo = mid + 1;
      else hi = mid;
    }
    this.sorted.splice(lo, 0, a);
  }

  /** The middle of the biggest empty arc between the angles. */
  widestGapMiddle(): number {
    const sorted = this.sorted;
    if (sorted.length === 0) return -Math.PI / 2;
    let best = 0;
    let at = 0;
    for (let k = 0; k < sorted.length; k++) {
      const a = sorted[k]!;
      const next = k === sorted.length - 1 ? sorted[0]! + tau : sorted[k + 1]!;
      if (next - a > best) [best, at] = [next - a, a + (next - a) / 2];
    }
    return at;
  }
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

  // orderAllies only searches up to 8 allies: past that the matrix would be quadratic work for
  // nothing (25 million entries at 5,000 allies).
  const order = allies.length <= 8 ? orderAllies(allies.map((a) => allies.map((b) => shared(neighbours, a, b)))) : allies.map((_, k) => k);
  const angle = new Float64Array(n).fill(NaN);
  const start = -Math.PI / 2 + (allies.length % 2 === 0 ? Math.PI / allies.length : 0);
  order.forEach((k, slot) => (angle[allies[k]!] = start + (tau * slot) / Math.max(1, allies.length)));

  // Partners lean towards the allies they are tied to; those tied to other partners follow them.
  const preferred = new Map<number, number>();
  const towards = (i: number, from: (j: number) => number | undefined) => {
    let [sx, sy, first, count] = [0, 0, 0, 0];
    for (const j of neighbours[i]!) {
      const a = from(j);
      if (a === undefined) continue;
      if (count++ === 0) first = a;
      sx += Math.cos(a);
      sy += Math.sin(a);
    }
    return count === 0 ? undefined : Math.hypot(sx, sy) < 1e-9 ? first : Math.atan2(sy, sx);
  };
  const placed = (j: number) => (!Number.isNaN(angle[j]!) ? angle[j]! : preferred.get(j));
  for (let pass = 0; pass < 3; pass++)
    for (const i of outer) {
      if (preferred.has(i)) continue;
      const mean = towards(i, placed);
      if (mean !== undefined) preferred.set(i, mean);
    }
  // The rivals go, as one group, where the ring is emptiest; partners tied to nothing but the
  // hub take the next emptiest places, next to any rival they face.
  const taken = new SortedAngles();
  for (const i of allies) taken.add(angle[i]!);
  for (const a of preferred.values()) taken.add(a);
  const rivalAngle = taken.widestGapMiddle();
  rivals.forEach((i, k) => {
    preferred.set(i, rivalAngle + (k - (rivals.length - 1) / 2) * 1e-3);
    taken.add(preferred.get(i)!);
  });
  for (const i of outer) {
    if (preferred.has(i)) continue;
    const facing = towards(i, (j) => preferred.get(j));
    const a = facing ?? taken.widestGapMiddle();
    preferred.set(i, a);
    taken.add(a);
  }

  const ring = [...outer, ...rivals];
  const half = Math.min(size.width, size.height) / 2;
  const crowded = ring.length > 60;
  let radius = Math.max(40, half - 40);
  // The outer ring is an ellipse, stretched along the frame's longer side until the drawing
  // fills both: a wide frame gets its sides used. The allies stay on a circle, so every spoke
  // keeps one length, which is what the hub order argues.
  let stretch: [number, number] = [1, 1];
  // The allies' ring is never so tight that an ally's label meets the hub's.
  const innerMin = Math.max(0, ...allies.map((i) => clearOf(metrics.box[hub]!, metrics.box[i]!, angle[i]!)));
  const sortedRing = crowded ? byAngle(ring, preferred) : [];
  let positions: Positions = { x: new Float64Array(n), y: new Float64Array(n) };
  // Label room depends on the ring's radii and the radii on the fit: settle them in a few rounds.
  for (let round = 0; round < 6; round++) {
    const inner = Math.max(radius * 0.5, innerMin);
    const [rx, ry] = [radius * stretch[0], radius * stretch[1]];
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (const i of allies) {
      x[i] = inner * Math.cos(angle[i]!);
      y[i] = inner * Math.sin(angle[i]!);
    }
    if (crowded) {
      placeOnRings(sortedRing, preferred, rx, ry, x, y);
    } else {
      const gap = (a: number, b: number, at: number) => angularGap(metrics.box[ring[a]!]!, metrics.box[ring[b]!]!, rx, ry, at);
      const spread = spreadOnCircle(
        ring.map((i) => preferred.get(i)!),
        gap,
      );
      const placed = spreadOnCircle(Array.from(evenOutOnCircle(spread, 0.55)), gap);
      ring.forEach((i, k) => {
        const out = nodes[i]!.role === "rival" ? 1.08 : 1;
        x[i] = out * rx * Math.cos(placed[k]!);
        y[i] = out * ry * Math.sin(placed[k]!);
      });
    }
    x[hub] = 0;
    y[hub] = 0;
    const fitted = fitPositions({ x, y }, metrics.box, size, 1.6);
    positions = fitted.positions;
    const { width: fillX, height: fillY } = spaceUse(positions, metrics.box, size);
    const settled = Math.abs(fitted.scale - 1) < 0.02 && Math.min(fillX, fillY) > 0.97;
    if (settled) break;
    radius *= fitted.scale;
    // Stretch the short way of the drawing towards the frame, never squeezing below a circle.
    const aspect = (fillX / Math.max(fillY, 1e-9)) * (stretch[1] / stretch[0]);
    stretch = aspect < 1 ? [Math.min(maxStretch, 1 / Math.max(aspect, 1e-9)), 1] : [1, Math.min(maxStretch, aspect)];
  }
  return positions;
}

/** How far from a box at the centre a box at `angle` must be to clear it along one axis or the other. */
function clearOf(centre: NodeBox, box: NodeBox, angle: number): number {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const w = (cos >= 0 ? centre.right - box.left : box.right - centre.left) + pad;
  const h = (sin >= 0 ? centre.bottom - box.top : box.bottom - centre.top) + pad;
  return Math.min(Math.abs(cos) > 1e-6 ? w / Math.abs(cos) : Infinity, Math.abs(sin) > 1e-6 ? h / Math.abs(sin) : Infinity);
}

/** How far an ellipse may stretch the outer ring: past it, the ring reads as two arcs. */
const maxStretch = 2.2;

/** The ring's nodes in the order of their preferred angles. */
function byAngle(ring: readonly number[], preferred: ReadonlyMap<number, number>): number[] {
  const wrapped = new Map(ring.map((i) => [i, ((preferred.get(i)! % tau) + tau) % tau]));
  return [...ring].sort((a, b) => wrapped.get(a)! - wrapped.get(b)! || a - b);
}

/** For large graphs: concentric rings, filled in the order of the preferred angles. */
function placeOnRings(
  sorted: readonly number[],
  preferred: ReadonlyMap<number, number>,
  rx: number,
  ry: number,
  x: Float64Array,
  y: Float64Array,
) {
  const rings = Math.max(1, Math.ceil(Math.sqrt(sorted.length / 40)));
  const perRing = Math.ceil(sorted.length / rings);
  sorted.forEach((i, k) => {
    const level = Math.floor(k / perRing);
    const count = Math.min(perRing, sorted.length - level * perRing);
    const r = 0.7 + (0.3 * (level + 1)) / rings;
    const a = preferred.get(sorted[level * perRing]!)! + (tau * (k - level * perRing)) / count;
    x[i] = r * rx * Math.cos(a);
    y[i] = r * ry * Math.sin(a);
  });
}
