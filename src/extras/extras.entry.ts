import { exportFile } from "../export/exportFile";
import { paintOnCanvas } from "../graph/paintOnCanvas";
import { readPalette } from "../graph/palette";
import { extrasGlobal, type Extras } from "./extrasApi";

const extras: Extras = { readPalette, paintOnCanvas, exportFile };
(globalThis as Record<string, unknown>)[extrasGlobal] = extras;
