import type { GraphModel } from "../../model/graphModel";
import type { NodeMetrics } from "../nodeMetrics";
import type { Positions, Size } from "../types";
import { drawnSegments } from "./drawnSegments";
import { labelRects, shapeRects } from "./markRects";
import { crossingAngle, rectOverlap, segmentHitsRect, segmentsCross, type Rect } from "./segments";
import { spaceUse } from "./spaceUse";

/** What layout tools are judged on, for one picture. */
export type LayoutQuality = {
  /** The drawing's span over the frame inside its margins. */
  space: { width: number; height: number };
  /** Pairs of drawn ties (lines, group outlines) that cross. */
  crossings: number;
  /** The smallest acute angle at a crossing, in degrees; 90 when nothing crosses. */
  minCrossingAngle: number;
  /** The smallest distance between two nodes' centres, in pixels. */
  minNodeDistance: number;
  /** Pairs of labels whose text boxes overlap. */
  labelOverlaps: number;
  /** A label over another node's shape, counted once per pair. */
  labelNodeOverlaps: number;
  /** Labels that a tie not their own passes through. */
  labelsCrossed: number;
};

/** A rival's diamond reaches a quarter past its radius; the other shapes stay inside it. */
const reachOf = (model: GraphModel) => (i: number) => (model.nodes[i]!.role === "rival" ? 1.25 : 1);

/**
 * Measures a picture: `opacity` is each tie's opacity in the view, so that ties a view only
 * traces are not counted as lines to read. Quadratic in nodes and ties, which is for a report
 * and tests, not for drawing.
 */
export function layoutQuality(model: GraphModel, p: Positions, metrics: NodeMetrics, size: Size, opacity: Float64Array): LayoutQuality {
  const n = model.nodes.length;
  const segments = drawnSegments(model, p, opacity);
  let crossings = 0;
  let minCrossingAngle = 90;
  for (let a = 0; a < segments.length; a++)
    for (let b = a + 1; b < segments.length; b++) {
      const s = segments[a]!;
      const t = segments[b]!;
      if (s.tie === t.tie || !segmentsCross(s, t)) continue;
      crossings++;
      minCrossingAngle = Math.min(minCrossingAngle, crossingAngle(s, t));
    }
  let minNodeDistance = Infinity;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) minNodeDistance = Math.min(minNodeDistance, Math.hypot(p.x[i]! - p.x[j]!, p.y[i]! - p.y[j]!));

  const labels = labelRects(p, metrics);
  const shapes = shapeRects(p, metrics, reachOf(model));
  const labelled = labels.flatMap((rect, i) => (rect ? [[i, rect] as const] : []));
  let labelOverlaps = 0;
  let labelNodeOverlaps = 0;
  for (let a = 0; a < labelled.length; a++)
    for (let b = a + 1; b < labelled.length; b++) if (rectOverlap(labelled[a]![1], labelled[b]![1]) > 0) labelOverlaps++;
  for (const [i, rect] of labelled) for (let j = 0; j < n; j++) if (j !== i && rectOverlap(rect, shapes[j]!) > 0) labelNodeOverlaps++;
  const crossed = (i: number, rect: Rect) => segments.some((s) => !s.ends.includes(i) && segmentHitsRect(s, rect));
  const labelsCrossed = labelled.filter(([i, rect]) => crossed(i, rect)).length;

  return {
    space: spaceUse(p, metrics.box, size),
    crossings,
    minCrossingAngle,
    minNodeDistance: Number.isFinite(minNodeDistance) ? minNodeDistance : 0,
    labelOverlaps,
    labelNodeOverlaps,
    labelsCrossed,
  };
}
