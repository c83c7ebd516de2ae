import { viewOpacity } from "../../model/viewOpacity";
import type { GraphModel } from "../../model/graphModel";
import type { View } from "../../model/vocabulary";
import { hubLayout } from "../hubLayout";
import { latticeLayout } from "../latticeLayout";
import { nodeMetrics, type NodeMetrics } from "../nodeMetrics";
import type { Positions, Size } from "../types";
import { layoutQuality, type LayoutQuality } from "./layoutQuality";
import { plainForceLayout } from "./plainForceLayout";

export type PictureQuality = {
  metrics: NodeMetrics;
  positions: Positions;
  ours: LayoutQuality;
  /** The same measures for a plain d3-force layout of the same data in the same frame. */
  plain: LayoutQuality;
};

/** One view of a dataset in one frame, measured, beside the plain force layout of it. */
export function pictureQuality(model: GraphModel, size: Size, view: View): PictureQuality {
  const metrics = nodeMetrics(model, size);
  const positions = view === "hub" ? hubLayout(model, size, metrics) : latticeLayout(model, size, metrics);
  const opacity = viewOpacity(model, view);
  return {
    metrics,
    positions,
    ours: layoutQuality(model, positions, metrics, size, opacity),
    plain: layoutQuality(model, plainForceLayout(model, size, metrics), metrics, size, opacity),
  };
}
