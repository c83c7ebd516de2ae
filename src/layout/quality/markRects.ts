import { labelGap, lineHeight, type NodeMetrics } from "../nodeMetrics";
import { measureLabel } from "../measureLabel";
import type { Positions } from "../types";
import type { Rect } from "./segments";

/** Where each node's label text sits (null when it has none): the line under the node's shape. */
export function labelRects(p: Positions, metrics: NodeMetrics): (Rect | null)[] {
  return metrics.label.map((text, i) => {
    if (!text) return null;
    const half = measureLabel(text, metrics.fontSize[i]!) / 2;
    const top = p.y[i]! + metrics.radius[i]! + labelGap;
    return { x0: p.x[i]! - half, x1: p.x[i]! + half, y0: top, y1: top + metrics.fontSize[i]! * lineHeight };
  });
}

/** The square each node's shape fits in (a rival's diamond reaches a quarter further). */
export function shapeRects(p: Positions, metrics: NodeMetrics, reach: (i: number) => number = () => 1): Rect[] {
  return Array.from(p.x, (x, i) => {
    const r = metrics.radius[i]! * reach(i);
    return { x0: x - r, x1: x + r, y0: p.y[i]! - r, y1: p.y[i]! + r };
  });
}
