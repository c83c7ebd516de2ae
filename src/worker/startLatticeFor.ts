import { startLattice, type LatticeRun } from "../layout/latticeLayout";
import { nodeMetrics } from "../layout/nodeMetrics";
import type { Size } from "../layout/types";
import { buildGraphModel } from "../model/graphModel";
import type { Dataset } from "../model/schema";

/** The lattice of a dataset at a size, as steps: the engine's entry for a page without a worker. */
export function startLatticeFor(dataset: Dataset, size: Size): LatticeRun {
  const model = buildGraphModel(dataset);
  return startLattice(model, size, nodeMetrics(model, size));
}
