import type { Size } from "../layout/types";

/**
 * The size of the prerendered graph's box, which the live graph takes over: known before its
 * first render, so that render draws the same picture in the same box (no empty frame, no jump).
 * Null when the page holds no prerendered graph. Read once, after the page has been laid out to
 * paint the prerendered picture, so it costs no extra layout.
 */
export function measurePrerendered(root: HTMLElement): Size | null {
  const box = root.querySelector<HTMLElement>(".graph");
  if (!box || box.clientWidth < 1 || box.clientHeight < 1) return null;
  return { width: box.clientWidth, height: box.clientHeight };
}
