import { fetchDataset } from "../data/fetchDataset";
import { readDatasetFile } from "../data/readDatasetFile";
import { EmbedDialog } from "../embed/EmbedDialog";
import { exportFile } from "../export/exportFile";
import { GraphCanvas } from "../graph/GraphCanvas";
import { TieRows } from "../table/TieRows";
import { extrasGlobal, type Extras } from "./extrasApi";

const extras: Extras = { exportFile, fetchDataset, readDatasetFile, GraphCanvas, EmbedDialog, TieRows };
(globalThis as Record<string, unknown>)[extrasGlobal] = extras;
