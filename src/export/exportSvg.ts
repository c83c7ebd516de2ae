import type { GraphPicture } from "../graph/paintGraph";
import type { Palette } from "../graph/palette";
import { escapeXml } from "./escapeXml";
import type { ExportContent } from "./exportContent";
import type { ExportFrame } from "./exportFrame";
import { paintFrame } from "./paintFrame";
import { svgCanvas, type MeasureText } from "./svgCanvas";

/**
 * The exported picture as one standalone SVG document, painted by the same code as the PNG: every
 * style a presentation attribute, no classes, scripts, links or external references, text escaped.
 */
export function exportSvg(
  frame: ExportFrame,
  content: ExportContent,
  picture: GraphPicture,
  palette: Palette,
  measure: MeasureText,
): string {
  const { ctx, markup } = svgCanvas(measure);
  paintFrame(ctx, frame, picture, palette);
  const size = `width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}"`;
  const description = `${content.caption.map((run) => run.text).join("")} ${content.credit}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" ${size}>` +
    `<title>${escapeXml(content.title)}</title><desc>${escapeXml(description)}</desc>${markup()}</svg>\n`
  );
}
