import { paintGraph, paintNodeSwatch, paintTieSwatch, roundedRect, type GraphCanvas, type GraphPicture } from "../graph/paintGraph";
import type { Palette } from "../graph/palette";
import type { ExportFrame, TextBlock } from "./exportFrame";
import { swatchWidth } from "./exportFrame";

/** The radius of a node in the key: its shape fits the swatch's width. */
const keyNodeRadius = 5.5;
/** Corner radius of the graph's box, as on screen. */
const graphCorner = 8;

/** What painting a frame needs beyond the graph's painter: clipping and measuring text. */
export type FrameCanvas = GraphCanvas & Pick<CanvasRenderingContext2D, "clip" | "fillRect" | "measureText">;

function paintText(ctx: FrameCanvas, block: TextBlock, palette: Palette) {
  const { style } = block;
  const family = style.face === "serif" ? palette.serif : palette.sans;
  const font = (bold: boolean) => `${bold ? Math.max(700, style.weight) : style.weight} ${style.size}px ${family}`;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  for (const { runs, baseline } of block.lines) {
    const widths = runs.map((run) => {
      ctx.font = font(run.bold);
      return ctx.measureText(run.text).width;
    });
    const total = widths.reduce((a, b) => a + b, 0);
    ctx.save();
    // The layout wraps with an estimate; should a font run wider still, squeeze the line to fit.
    ctx.translate(block.x, baseline);
    ctx.scale(Math.min(1, block.maxWidth / total), 1);
    ctx.translate(-block.x, -baseline);
    let x = block.x;
    runs.forEach((run, k) => {
      ctx.font = font(run.bold);
      ctx.fillStyle = run.bold && style.weight < 600 ? palette.ink : palette[style.colour];
      // A run's leading space is advanced over, not drawn: SVG would drop it at the start of a text.
      const text = run.text.trimStart();
      const lead = text === run.text ? 0 : widths[k]! - ctx.measureText(text).width;
      ctx.fillText(text, x + lead, baseline);
      x += widths[k]!;
    });
    ctx.restore();
  }
}

/** Paints the exported picture, frame and graph, in CSS pixels (the caller scales for the PNG). */
export function paintFrame(ctx: FrameCanvas, frame: ExportFrame, picture: GraphPicture, palette: Palette): void {
  const { graph, legend } = frame;
  ctx.globalAlpha = 1;
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, 0, frame.width, frame.height);
  paintText(ctx, frame.title, palette);

  ctx.save();
  ctx.beginPath();
  roundedRect(ctx, graph.x, graph.y, graph.width, graph.height, graphCorner);
  ctx.fillStyle = palette.surface;
  ctx.fill();
  ctx.clip();
  ctx.translate(graph.x, graph.y);
  paintGraph(ctx, picture, palette);
  ctx.restore();
  ctx.beginPath();
  // The border lies just outside the graph's area, as the container's border does on screen.
  roundedRect(ctx, graph.x - 0.5, graph.y - 0.5, graph.width + 1, graph.height + 1, graphCorner + 0.5);
  ctx.setLineDash([]);
  ctx.strokeStyle = palette.rule;
  ctx.lineWidth = 1;
  ctx.stroke();

  paintText(ctx, frame.caption, palette);
  for (const { entry, x, y, labelX } of legend.items) {
    if (entry.type === "role") paintNodeSwatch(ctx, entry.role, entry.kind, x + swatchWidth.role / 2, y, keyNodeRadius, palette);
    else paintTieSwatch(ctx, entry.state, x, x + swatchWidth.state, y, palette);
    ctx.font = `${legend.style.size}px ${palette.sans}`;
    ctx.fillStyle = palette.ink;
    ctx.textAlign = "left";
    ctx.fillText(entry.label, labelX, y + 0.35 * legend.style.size);
  }
  paintText(ctx, frame.credit, palette);
}
