import { hubLayout } from "../src/layout/hubLayout";
import { latticeLayout } from "../src/layout/latticeLayout";
import { nodeMetrics } from "../src/layout/nodeMetrics";
import type { Size } from "../src/layout/types";
import { buildGraphModel } from "../src/model/graphModel";
import type { Dataset } from "../src/model/schema";

export type LayoutTimes = { hub: number[]; lattice: number[] };

/**
 * The layouts' own cost, in Node, away from the browser: the pure functions the worker runs, timed
 * run by run. It isolates the growth of the layout from the rendering's.
 */
export function layoutCost(dataset: Dataset, size: Size, runs: number): LayoutTimes {
  const model = buildGraphModel(dataset);
  const metrics = nodeMetrics(model, size);
  const times: LayoutTimes = { hub: [], lattice: [] };
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    hubLayout(model, size, metrics);
    times.hub.push(performance.now() - start);
    start = performance.now();
    latticeLayout(model, size, metrics);
    times.lattice.push(performance.now() - start);
  }
  return times;
}
