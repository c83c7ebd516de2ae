export type ZoomTransform = { k: number; x: number; y: number };

export const identityZoom: ZoomTransform = { k: 1, x: 0, y: 0 };
export const minZoom = 0.5;
export const maxZoom = 6;

/** Zooms by `factor` keeping the point (cx, cy) of the container where it is on screen. */
export function zoomAround(t: ZoomTransform, factor: number, cx: number, cy: number): ZoomTransform {
  const k = Math.min(maxZoom, Math.max(minZoom, t.k * factor));
  const ratio = k / t.k;
  return { k, x: cx - (cx - t.x) * ratio, y: cy - (cy - t.y) * ratio };
}

export const panBy = (t: ZoomTransform, dx: number, dy: number): ZoomTransform => ({ k: t.k, x: t.x + dx, y: t.y + dy });

export const zoomToSvg = (t: ZoomTransform) =>
  `translate(${Math.round(t.x * 100) / 100},${Math.round(t.y * 100) / 100}) scale(${Math.round(t.k * 1000) / 1000})`;
