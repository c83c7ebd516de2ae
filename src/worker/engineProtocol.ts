import type { Positions, Size } from "../layout/types";
import type { Validation } from "../model/validateDataset";
import type { Dataset } from "../model/schema";

/** What the main thread asks of the engine (in a worker, or loaded beside the page). */
export type EngineRequest = { id: number; type: "validate"; text: string } | { id: number; type: "lattice"; dataset: Dataset; size: Size };

export type EngineResponse =
  | { id: number; type: "validate"; result: Validation }
  | { id: number; type: "lattice"; positions: Positions }
  | { id: number; type: "error"; message: string };

/** What the engine script exposes when it runs as a plain script instead of in a worker. */
export type Engine = { handle: (request: EngineRequest) => EngineResponse };

export const engineGlobal = "__latticeworkEngine";
