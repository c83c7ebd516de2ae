import { readPalette } from "../graph/palette";
import type { SceneSnapshot } from "../graph/sceneSnapshot";
import type { Selection } from "../state/appState";
import type { ExportFormat } from "./exportFormat";
import { exportContent } from "./exportContent";
import { exportFileName } from "./exportFileName";
import { exportFrame } from "./exportFrame";
import { exportPicture } from "./exportPicture";
import { exportSvg } from "./exportSvg";
import { canvasMeasure, renderPng } from "./renderPng";

/** The picture as it stands, framed, as a PNG or SVG file and the name it is saved under. */
export async function exportFile(
  format: ExportFormat,
  snapshot: SceneSnapshot,
  selection: Selection,
): Promise<{ blob: Blob; name: string }> {
  const picture = exportPicture(snapshot, selection);
  const palette = readPalette(snapshot.surface);
  const content = exportContent(snapshot.model, snapshot.view, snapshot.scenario, picture.selected);
  const frame = exportFrame(content, snapshot.size);
  const name = exportFileName(snapshot.view, snapshot.scenario, selection, format);
  const blob =
    format === "svg"
      ? new Blob([exportSvg(frame, content, picture, palette, canvasMeasure())], { type: "image/svg+xml;charset=utf-8" })
      : await renderPng(frame, picture, palette);
  return { blob, name };
}
