import type { GraphPicture } from "../graph/paintGraph";
import type { Palette } from "../graph/palette";
import type { SceneSnapshot } from "../graph/sceneSnapshot";
import type { Selection } from "../state/appState";

export type ExportFormat = "png" | "svg";

/**
 * What the extras script offers: the canvas painter and the export, code a reader of the shipped
 * graphic may never need, kept out of the first load (its budget is 100 KB) and loaded on first use.
 */
export type Extras = {
  readPalette: (element: Element) => Palette;
  paintOnCanvas: (canvas: HTMLCanvasElement, width: number, height: number, picture: GraphPicture, palette: Palette) => void;
  exportFile: (format: ExportFormat, snapshot: SceneSnapshot, selection: Selection) => Promise<{ blob: Blob; name: string }>;
};

export const extrasGlobal = "__latticeworkExtras";
