import type { GraphModel } from "../model/graphModel";
import { fitMargin } from "./fitPositions";
import { drawnSegments } from "./quality/drawnSegments";
import { segmentsCross, type Segment } from "./quality/segments";
import type { NodeBox, Positions, Size } from "./types";

const gap = 4;
/** How near a line may pass to a node it does not end at: nearer, it reads as running through it. */
const clearance = 10;
/** A group's outline is drawn padded around its members' centres: it needs more room. */
const groupClearance = 30;

/** Whether a point is inside the convex polygon a group's outline segments trace. */
function inside(px: number, py: number, outline: readonly Segment[]): boolean {
  if (outline.length < 3) return false;
  let sign = 0;
  for (const s of outline) {
    const side = Math.sign((s.x2 - s.x1) * (py - s.y1) - (s.y2 - s.y1) * (px - s.x1));
    if (side === 0) continue;
    if (sign === 0) sign = side;
    else if (side !== sign) return false;
  }
  return true;
}

function byTie(segments: readonly Segment[]): Segment[][] {
  const groups = new Map<number, Segment[]>();
  for (const s of segments) groups.set(s.tie, [...(groups.get(s.tie) ?? []), s]);
  return [...groups.values()];
}

function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / Math.max(1e-12, dx * dx + dy * dy)));
  return Math.hypot(px - s.x1 - t * dx, py - s.y1 - t * dy);
}
const angles = 24;

/**
 * Moves nodes one at a time to wherever nearby their ties cross fewer others, as long as their box
 * stays clear of every other box and inside the frame: a force layout settles in a local minimum,
 * and a few crossings that a reader has to untangle are the cost of it. Deterministic (a fixed
 * order, a fixed set of candidate places); only for networks small enough to label in full.
 */
export function reduceCrossings(
  model: GraphModel,
  p: Positions,
  boxes: readonly NodeBox[],
  radius: (i: number) => number,
  size: Size,
  pinned: readonly number[],
  sweeps = 3,
): Positions {
  const n = model.nodes.length;
  const x = p.x.slice();
  const y = p.y.slice();
  const at: Positions = { x, y };
  const all = new Float64Array(model.ties.length).fill(1);
  const only = (ties: readonly number[]) => {
    const opacity = new Float64Array(model.ties.length);
    for (const t of ties) opacity[t] = 1;
    return opacity;
  };
  const mine = model.nodes.map((_, i) => only(model.tiesOfNode[i]!));
  const others = model.nodes.map((_, i) => {
    const opacity = all.slice();
    for (const t of model.tiesOfNode[i]!) opacity[t] = 0;
    return opacity;
  });
  const crossings = (moving: Segment[], still: Segment[]) => {
    let count = 0;
    for (let a = 0; a < moving.length; a++) {
      for (const s of still) if (segmentsCross(moving[a]!, s)) count++;
      for (let b = a + 1; b < moving.length; b++) if (moving[a]!.tie !== moving[b]!.tie && segmentsCross(moving[a]!, moving[b]!)) count++;
    }
    return count;
  };
  const clear = (i: number, px: number, py: number) => {
    const box = boxes[i]!;
    if (px + box.left < fitMargin || px + box.right > size.width - fitMargin) return false;
    if (py + box.top < fitMargin || py + box.bottom > size.height - fitMargin) return false;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const other = boxes[j]!;
      const apartX = px + box.right + gap <= x[j]! + other.left || x[j]! + other.right + gap <= px + box.left;
      const apartY = py + box.bottom + gap <= y[j]! + other.top || y[j]! + other.bottom + gap <= py + box.top;
      if (!apartX && !apartY) return false;
    }
    return true;
  };
  // A line running past a node it does not end at reads as running through it, and a node inside
  // a group's outline reads as a member: each costs as much as two crossings, so that no move
  // trades a crossing for one.
  const member = (j: number, s: Segment) => model.tieMembers[s.tie]!.includes(j);
  const near = (j: number, s: Segment) =>
    !member(j, s) && distanceToSegment(x[j]!, y[j]!, s) < (model.tieMembers[s.tie]!.length > 2 ? groupClearance : clearance) + radius(j);
  const grazes = (i: number, moving: Segment[], still: Segment[]) => {
    let count = still.filter((s) => near(i, s)).length;
    for (const s of moving) for (let j = 0; j < n; j++) if (near(j, s)) count++;
    for (const outline of byTie(still)) if (!member(i, outline[0]!) && inside(x[i]!, y[i]!, outline)) count++;
    for (const outline of byTie(moving)) for (let j = 0; j < n; j++) if (!member(j, outline[0]!) && inside(x[j]!, y[j]!, outline)) count++;
    return count;
  };
  const cost = (i: number, moving: Segment[], still: Segment[]) => crossings(moving, still) + 2 * grazes(i, moving, still);
  const step = Math.min(size.width, size.height) / 20;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let improved = false;
    for (let i = 0; i < n; i++) {
      if (pinned.includes(i) || model.tiesOfNode[i]!.length === 0) continue;
      const still = drawnSegments(model, at, others[i]!);
      const [x0, y0] = [x[i]!, y[i]!];
      let best = cost(i, drawnSegments(model, at, mine[i]!), still);
      if (best === 0) continue;
      let [bx, by] = [x0, y0];
      for (let ring = 1; ring <= 8; ring++)
        for (let k = 0; k < angles; k++) {
          const a = (2 * Math.PI * k) / angles;
          const [cx, cy] = [x0 + ring * step * Math.cos(a), y0 + ring * step * Math.sin(a)];
          if (!clear(i, cx, cy)) continue;
          [x[i], y[i]] = [cx, cy];
          const count = cost(i, drawnSegments(model, at, mine[i]!), still);
          if (count < best) [best, bx, by] = [count, cx, cy];
          [x[i], y[i]] = [x0, y0];
        }
      if (bx !== x0 || by !== y0) {
        [x[i], y[i]] = [bx, by];
        improved = true;
      }
    }
    if (!improved) break;
  }
  return at;
}
