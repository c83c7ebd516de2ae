import type { fetchDataset } from "../data/fetchDataset";
import type { ExportFormat } from "../export/exportFormat";
import type { readDatasetFile } from "../data/readDatasetFile";
import type { EmbedDialog } from "../embed/EmbedDialog";
import type { GraphCanvas } from "../graph/GraphCanvas";
import type { SceneSnapshot } from "../graph/sceneSnapshot";
import type { Selection } from "../state/appState";
import type { TieRows } from "../table/TieRows";

/**
 * What the extras script offers: code a reader of the shipped graphic may never need (the canvas
 * for large graphs, the export, the Embed dialog, the table's rows, loading a reader's dataset),
 * kept out of the first load (its budget is 100 KB) and loaded on first use.
 */
export type Extras = {
  exportFile: (format: ExportFormat, snapshot: SceneSnapshot, selection: Selection) => Promise<{ blob: Blob; name: string }>;
  fetchDataset: typeof fetchDataset;
  readDatasetFile: typeof readDatasetFile;
  GraphCanvas: typeof GraphCanvas;
  EmbedDialog: typeof EmbedDialog;
  TieRows: typeof TieRows;
};

export const extrasGlobal = "__latticeworkExtras";
