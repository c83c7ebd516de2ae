import { measureLabel } from "../layout/measureLabel";
import type { GraphPicture } from "../graph/paintGraph";
import type { Palette } from "../graph/palette";
import type { ExportFrame } from "./exportFrame";
import { paintFrame } from "./paintFrame";
import type { MeasureText } from "./svgCanvas";

/** Twice the CSS size: crisp on a retina screen and at print resolution for a column's width. */
export const pngScale = 2;

/**
 * The frame drawn straight onto a canvas and encoded as PNG. Not through an <img> of the SVG: a
 * page under `img-src 'self'` blocks blob: and data: images, a canvas needs neither.
 */
export function renderPng(frame: ExportFrame, picture: GraphPicture, palette: Palette): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(frame.width * pngScale);
  canvas.height = Math.round(frame.height * pngScale);
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("this browser cannot draw the picture"));
  ctx.scale(pngScale, pngScale);
  paintFrame(ctx, frame, picture, palette);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the picture"))), "image/png"),
  );
}

/** Measures text as the PNG sets it, so the SVG's lines match; the layouts' estimate without a canvas. */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement("canvas").getContext("2d");
  return (text, font) => {
    if (!ctx) return measureLabel(text, parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? "12"));
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
