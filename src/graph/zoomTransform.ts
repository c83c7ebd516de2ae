export type ZoomTransform = { k: number; x: number; y: number };

export const identityZoom: ZoomTransform = { k: 1, x: 0, y: 0 };
export const minZoom = 0.5;
export const maxZoom = 6;

const clampScale = (k: number) => Math.min(maxZoom, Math.max(minZoom, k));

/** Zooms by `factor` keeping the point (cx, cy) of the container where it is on screen. */
export function zoomAround(t: ZoomTransform, factor: number, cx: number, cy: number): ZoomTransform {
  const k = clampScale(t.k * factor);
  const ratio = k / t.k;
  return { k, x: cx - (cx - t.x) * ratio, y: cy - (cy - t.y) * ratio };
}

export const panBy = (t: ZoomTransform, dx: number, dy: number): ZoomTransform => ({ k: t.k, x: t.x + dx, y: t.y + dy });

type Pair = readonly [{ x: number; y: number }, { x: number; y: number }];

/**
 * Two fingers that started at `from` (under transform `t`) and are now at `to`: the drawing
 * scales by how far they have spread, and the point that was between them stays between them.
 */
export function pinch(t: ZoomTransform, from: Pair, to: Pair): ZoomTransform {
  const spread = (p: Pair) => Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y);
  const k = clampScale(t.k * (spread(to) / (spread(from) || 1)));
  const mid = (p: Pair) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });
  const a = mid(from);
  const b = mid(to);
  // The drawing's point under the fingers' first midpoint, kept under their midpoint now.
  const px = (a.x - t.x) / t.k;
  const py = (a.y - t.y) / t.k;
  return { k, x: b.x - px * k, y: b.y - py * k };
}

export const zoomToSvg = (t: ZoomTransform) =>
  `translate(${Math.round(t.x * 100) / 100},${Math.round(t.y * 100) / 100}) scale(${Math.round(t.k * 1000) / 1000})`;
