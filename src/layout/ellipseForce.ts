type Body = { x: number; y: number; vx: number; vy: number; index: number };

/**
 * d3's radial force on an ellipse: each node is drawn towards the ellipse of its own radius, in
 * a frame where (rx, ry) is the unit circle. Rings drawn this way take the frame's shape, so a
 * wide frame gets a wide drawing rather than a round one with empty sides.
 */
export function ellipseForce(
  radius: (index: number) => number,
  strength: (index: number) => number,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
) {
  let bodies: Body[] = [];
  const force = (alpha: number) => {
    for (const body of bodies) {
      const k = strength(body.index) * alpha;
      if (k === 0) continue;
      const u = (body.x - cx) / rx;
      const v = (body.y - cy) / ry;
      const r = Math.hypot(u, v) || 1e-6;
      const pull = ((radius(body.index) - r) * k) / r;
      body.vx += u * pull * rx;
      body.vy += v * pull * ry;
    }
  };
  force.initialize = (nodes: Body[]) => {
    bodies = nodes;
  };
  return force;
}
