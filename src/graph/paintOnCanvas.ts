import type { GraphPicture } from "./paintGraph";
import { paintGraphLight } from "./paintGraphLight";
import type { Palette } from "./palette";

/**
 * Paints a picture on a canvas the size of its container, at the screen's pixel density: the
 * backing store is resized only when the size changes, since resizing clears and reallocates it.
 */
export function paintOnCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  picture: GraphPicture,
  palette: Palette,
  inFlight = false,
) {
  const ratio = Math.min(3, globalThis.devicePixelRatio || 1);
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  paintGraphLight(ctx, picture, palette, inFlight);
}
