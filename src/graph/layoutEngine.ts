import { createContext } from "react";
import type { NodeMetrics } from "../layout/nodeMetrics";
import type { Positions, Size } from "../layout/types";
import type { GraphModel } from "../model/graphModel";
import { askEngine } from "../worker/engineClient";

/**
 * Where the lattice gets computed. The app asks the engine (a worker, so d3-force and its ticks
 * stay off the first load and off the main thread); tests may compute in place.
 */
export type LayoutEngine = {
  lattice: (model: GraphModel, size: Size, metrics: NodeMetrics) => Promise<Positions>;
};

export const workerLayoutEngine: LayoutEngine = {
  async lattice(model, size) {
    const response = await askEngine({ type: "lattice", dataset: model.dataset, size });
    if (response.type === "lattice") return response.positions;
    throw new Error(response.type === "error" ? response.message : "unexpected answer from the layout engine");
  },
};

export const LayoutEngineContext = createContext<LayoutEngine>(workerLayoutEngine);
