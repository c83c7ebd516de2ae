/** A straight piece of a drawn tie, between two points in the container's pixels. */
export type Segment = { x1: number; y1: number; x2: number; y2: number; tie: number; ends: readonly number[] };

export type Rect = { x0: number; y0: number; x1: number; y1: number };

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/**
 * Whether two segments cross at a point inside both. Segments that share an end meet rather
 * than cross, and collinear touching is not a crossing either: what a reader sees as an X.
 */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const d1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** The acute angle between two segments' directions, in degrees (0–90). */
export function crossingAngle(a: Segment, b: Segment): number {
  const ux = a.x2 - a.x1;
  const uy = a.y2 - a.y1;
  const vx = b.x2 - b.x1;
  const vy = b.y2 - b.y1;
  const cos = Math.abs(ux * vx + uy * vy) / Math.max(1e-12, Math.hypot(ux, uy) * Math.hypot(vx, vy));
  return (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
}

/** Whether a segment passes through a rectangle's inside (Liang–Barsky clipping). */
export function segmentHitsRect(s: Segment, r: Rect): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (Math.abs(p) < 1e-12) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return clip(-dx, s.x1 - r.x0) && clip(dx, r.x1 - s.x1) && clip(-dy, s.y1 - r.y0) && clip(dy, r.y1 - s.y1) && t1 - t0 > 1e-9;
}

/** The area two rectangles share; zero when they only touch. */
export function rectOverlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}
