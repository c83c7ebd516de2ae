import type { NodeBox, Size } from "./types";

type Body = { x: number; y: number; vx: number; vy: number; index: number };

/**
 * A d3 force that keeps every node box inside the container, pushing back whatever crosses an
 * edge. d3-force has none: its centering force moves the mean, not the outliers.
 */
export function boundsForce(size: Size, boxes: readonly NodeBox[], margin = 8) {
  let bodies: Body[] = [];
  const force = (alpha: number) => {
    for (const body of bodies) {
      const box = boxes[body.index]!;
      const minX = margin - box.left;
      const maxX = size.width - margin - box.right;
      const minY = margin - box.top;
      const maxY = size.height - margin - box.bottom;
      if (body.x < minX) body.vx += (minX - body.x) * alpha;
      else if (body.x > maxX) body.vx -= (body.x - maxX) * alpha;
      if (body.y < minY) body.vy += (minY - body.y) * alpha;
      else if (body.y > maxY) body.vy -= (body.y - maxY) * alpha;
    }
  };
  force.initialize = (nodes: Body[]) => {
    bodies = nodes;
  };
  return force;
}
