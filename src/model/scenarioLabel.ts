import type { GraphModel } from "./graphModel";

/** A scenario's label as the dataset gives it; its id when the dataset names no such scenario. */
export const scenarioLabel = (model: GraphModel, id: string): string => model.scenarios.find((s) => s.id === id)?.label ?? id;
