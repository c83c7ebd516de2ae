import type { GraphPicture } from "../../../src/graph/paintGraph";
import { viewOpacity } from "../../../src/model/viewOpacity";
import { nodeMetrics } from "../../../src/layout/nodeMetrics";
import type { GraphModel } from "../../../src/model/graphModel";
import { neighbourhood, type Target } from "../../../src/model/neighbourhood";
import type { View } from "../../../src/model/vocabulary";

/** A picture of a model as a snapshot would give it, nodes spread on a circle at whole pixels. */
export function picture(
  model: GraphModel,
  { scenario = model.dataset.defaults.scenario, view = "lattice" as View, selected = null as Target | null } = {},
) {
  const n = model.nodes.length;
  // Distinct, spread-out positions: node i on a circle.
  const x = Float64Array.from({ length: n }, (_, i) => Math.round(400 + 300 * Math.cos((2 * Math.PI * i) / n)));
  const y = Float64Array.from({ length: n }, (_, i) => Math.round(300 + 250 * Math.sin((2 * Math.PI * i) / n)));
  const pads = Float64Array.from(model.tieMembers, (members) => (members.length > 2 ? 33 : 0));
  return {
    model,
    scenario,
    metrics: nodeMetrics(model, { width: 800, height: 600 }),
    x,
    y,
    tieOpacity: viewOpacity(model, view),
    hullPad: pads,
    zoom: { k: 1, x: 0, y: 0 },
    dim: selected ? neighbourhood(model, selected) : null,
    selected,
  } satisfies GraphPicture;
}
