import { fitMargin } from "../fitPositions";
import type { NodeBox, Positions, Size } from "../types";

/**
 * The share of the frame the drawing spans, as width and height ratios: the bounding box of every
 * node with its label, over the frame inside its margins. One means edge to edge.
 */
export function spaceUse(p: Positions, boxes: readonly NodeBox[], size: Size, margin = fitMargin): { width: number; height: number } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  boxes.forEach((box, i) => {
    x0 = Math.min(x0, p.x[i]! + box.left);
    x1 = Math.max(x1, p.x[i]! + box.right);
    y0 = Math.min(y0, p.y[i]! + box.top);
    y1 = Math.max(y1, p.y[i]! + box.bottom);
  });
  if (!Number.isFinite(x0)) return { width: 0, height: 0 };
  return { width: (x1 - x0) / Math.max(1, size.width - 2 * margin), height: (y1 - y0) / Math.max(1, size.height - 2 * margin) };
}
