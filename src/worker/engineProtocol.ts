import type { LatticeRun } from "../layout/latticeLayout";
import type { Positions, Size } from "../layout/types";
import type { Validation } from "../model/validateDataset";
import type { Dataset } from "../model/schema";

/** What the main thread asks of the engine (in a worker, or loaded beside the page). */
export type EngineRequest = { id: number; type: "validate"; text: string } | { id: number; type: "lattice"; dataset: Dataset; size: Size };

export type EngineResponse =
  | { id: number; type: "validate"; result: Validation }
  | { id: number; type: "lattice"; positions: Positions }
  | { id: number; type: "error"; message: string };

/**
 * What the engine script exposes when it runs as a plain script instead of in a worker: the same
 * handler, and the lattice as steps, so the page can lay out a large graph in slices between frames.
 */
export type Engine = {
  handle: (request: EngineRequest) => EngineResponse;
  startLattice: (dataset: Dataset, size: Size) => LatticeRun;
};

export const engineGlobal = "__latticeworkEngine";
