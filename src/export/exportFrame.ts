import { measureLabel } from "../layout/measureLabel";
import type { Size } from "../layout/types";
import type { ExportContent, LegendEntry, TextRun } from "./exportContent";
import { wrapRuns } from "./wrapRuns";

export type TextStyle = { face: "sans" | "serif"; size: number; weight: number; lineHeight: number; colour: "ink" | "muted" };
export type TextLine = { runs: TextRun[]; baseline: number };
export type TextBlock = { style: TextStyle; x: number; maxWidth: number; lines: TextLine[] };
export type Box = { x: number; y: number; width: number; height: number };
/** A key entry: its swatch from `x` to `labelX - swatchGap`, its label from `labelX`, centred on `y`. */
export type LegendItem = { entry: LegendEntry; x: number; y: number; labelX: number };

/**
 * Where everything goes in an exported picture, in CSS pixels: the PNG and the SVG are both drawn
 * from this, so they match. The graph keeps its on-screen size exactly.
 */
export type ExportFrame = {
  width: number;
  height: number;
  title: TextBlock;
  graph: Box;
  caption: TextBlock;
  legend: { style: TextStyle; items: LegendItem[] };
  credit: TextBlock;
};

/** Below this graph width the frame tightens (a phone). */
const narrowWidth = 480;
export const frameMargin = (graph: Size) => (graph.width < narrowWidth ? 16 : 24);
export const swatchWidth = { role: 14, state: 30 } as const;
export const swatchGap = 6;
const itemGap = 18;
const legendRow = 20;

/**
 * A conservative width for text in the frame: the layouts' per-character estimate, widened for
 * bold and serif faces. Deterministic, so the layout is the same in every browser and in tests;
 * the canvas squeezes a line that still comes out too wide rather than let it overflow.
 */
export function estimateWidth(text: string, style: TextStyle, bold = style.weight >= 600): number {
  return measureLabel(text, style.size) * (bold ? 1.07 : 1) * (style.face === "serif" ? 1.06 : 1);
}

export function exportFrame(content: ExportContent, graph: Size): ExportFrame {
  const margin = frameMargin(graph);
  const narrow = graph.width < narrowWidth;
  const width = graph.width + 2 * margin;
  const maxWidth = graph.width;
  let y = margin;

  const block = (runs: TextRun[], style: TextStyle): TextBlock => {
    const lineBox = style.size * style.lineHeight;
    const lines = wrapRuns(runs, maxWidth, (text, bold) => estimateWidth(text, style, bold || style.weight >= 600)).map((line, k) => ({
      runs: line,
      // The baseline where CSS puts it in a line box, for the fonts in use (ascent ~0.9 em).
      baseline: y + k * lineBox + lineBox / 2 + 0.35 * style.size,
    }));
    y += lines.length * lineBox;
    return { style, x: margin, maxWidth, lines };
  };

  const title = block([{ text: content.title, bold: true }], {
    face: "serif",
    size: narrow ? 19 : 24,
    weight: 700,
    lineHeight: 1.2,
    colour: "ink",
  });
  // On whole pixels, so the graph's pixels map one to four in the PNG.
  y = Math.ceil(y + 14);
  const box = { x: margin, y, width: graph.width, height: graph.height };
  y += graph.height + 12;
  const caption = block(content.caption, { face: "sans", size: 13, weight: 400, lineHeight: 1.45, colour: "muted" });
  y += 10;

  const legendStyle: TextStyle = { face: "sans", size: 12, weight: 400, lineHeight: 1.4, colour: "ink" };
  const items: LegendItem[] = [];
  for (const row of content.legend) {
    let x = margin;
    for (const entry of row) {
      const itemWidth = swatchWidth[entry.type] + swatchGap + estimateWidth(entry.label, legendStyle);
      if (x > margin && x + itemWidth > margin + maxWidth) {
        x = margin;
        y += legendRow;
      }
      items.push({ entry, x, y: y + legendRow / 2, labelX: x + swatchWidth[entry.type] + swatchGap });
      x += itemWidth + itemGap;
    }
    y += legendRow;
  }
  y += 8;

  const credit = block([{ text: content.credit, bold: false }], { face: "sans", size: 12, weight: 400, lineHeight: 1.4, colour: "muted" });
  y += margin;
  return { width, height: Math.ceil(y), title, graph: box, caption, legend: { style: legendStyle, items }, credit };
}
