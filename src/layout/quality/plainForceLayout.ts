import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import type { GraphModel } from "../../model/graphModel";
import { fitPositions } from "../fitPositions";
import { lcg } from "../lcg";
import type { NodeMetrics } from "../nodeMetrics";
import type { Positions, Size } from "../types";

type Body = SimulationNodeDatum & { index: number };

/**
 * The baseline a layout is compared with: d3-force with its default forces (links between every
 * pair of a tie's members, many-body charge, centring), seeded, 300 ticks, then scaled to fit the
 * frame as ours are, so that the comparison is of shape, not of zoom.
 */
export function plainForceLayout(model: GraphModel, size: Size, metrics: NodeMetrics, seed = 1): Positions {
  const bodies: Body[] = model.nodes.map((_, index) => ({ index }));
  const links = model.tieMembers.flatMap((members) =>
    members.flatMap((a, k) => members.slice(k + 1).map((b) => ({ source: a, target: b }))),
  );
  const simulation = forceSimulation<Body>(bodies)
    .randomSource(lcg(seed))
    .force("link", forceLink<Body, { source: number; target: number }>(links))
    .force("charge", forceManyBody<Body>())
    .force("center", forceCenter<Body>(0, 0))
    .stop();
  simulation.tick(300);
  const x = Float64Array.from(bodies, (body) => body.x!);
  const y = Float64Array.from(bodies, (body) => body.y!);
  return fitPositions({ x, y }, metrics.box, size, 100).positions;
}
