import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { GraphModel } from "../model/graphModel";
import { tieStateInfo } from "../model/vocabulary";
import { boundsForce } from "./boundsForce";
import { ellipseForce } from "./ellipseForce";
import { fitAxes } from "./fitAxes";
import { hubLayout } from "./hubLayout";
import { lcg } from "./lcg";
import type { NodeMetrics } from "./nodeMetrics";
import { reduceCrossings } from "./reduceCrossings";
import type { Positions, Size } from "./types";

type Body = SimulationNodeDatum & { index: number };
type Link = SimulationLinkDatum<Body> & { strength: number; distance: number };

export type LatticeOptions = {
  seed?: number;
};

/** A lattice being computed, a few ticks at a time: what a page without a worker runs in slices. */
export type LatticeRun = {
  /** Runs up to `ticks` more ticks; true once all have run. */
  step: (ticks: number) => boolean;
  result: () => Positions;
};

/** Past this many nodes, the simulation runs fewer ticks. */
export const largeNetwork = 500;

const ringStrength = 0.25;
/**
 * Up to this many nodes and ties together, the settled lattice is untangled further, node by
 * node: a newsroom's network, where each crossing is one a reader has to follow. Past it, the
 * search would cost more than the simulation.
 */
const untangleLimit = 200;

/** Ids of the nodes the lattice centres on: the dataset's choice, else the hub. */
export function latticeCentre(model: GraphModel): number[] {
  const chosen = model.dataset.meta.views?.lattice?.centre ?? [];
  const found = chosen.flatMap((id) => {
    const i = model.nodeIndex.get(id);
    return i === undefined ? [] : [i];
  });
  return found.length > 0 ? found : [model.hub];
}

/**
 * The lattice: a force layout driven by every tie, multilateral ones as links between each pair
 * of members, the centre nodes (the United States and Japan, as the article has it) held in the
 * middle, label boxes kept apart by collision. A stopped simulation ticked a fixed number of times
 * from a seeded generator: the same dataset and size give the same picture, in tests too.
 */
export function latticeLayout(model: GraphModel, size: Size, metrics: NodeMetrics, options: LatticeOptions = {}): Positions {
  const run = startLattice(model, size, metrics, options);
  run.step(Infinity);
  return run.result();
}

/** The same layout as `latticeLayout`, run in steps; the result is identical however it is sliced. */
export function startLattice(model: GraphModel, size: Size, metrics: NodeMetrics, options: LatticeOptions = {}): LatticeRun {
  const n = model.nodes.length;
  const large = n > largeNetwork;
  // Starting from the hub order keeps what it got right (partners beside their allies, rivals
  // together) and makes the morph between the two read as a change of structure, not a shuffle.
  const start = hubLayout(model, size, metrics);
  // The seed shakes that start by a few pixels: the hub order is symmetric, and a simulation
  // started on a symmetry can settle on it. Another seed is another (equally good) settlement.
  const random = lcg(options.seed ?? 1);
  const shake = Math.min(size.width, size.height) * 0.02;
  const bodies: Body[] = model.nodes.map((_, index) => ({
    index,
    x: start.x[index]! + (random() - 0.5) * shake,
    y: start.y[index]! + (random() - 0.5) * shake,
  }));
  const scale = Math.sqrt((size.width * size.height) / Math.max(1, n));
  const links: Link[] = [];
  model.ties.forEach((tie, t) => {
    const members = model.tieMembers[t]!;
    const hostile = Object.values(tie.status).every((state) => tieStateInfo[state].polarity !== "cooperative");
    const pairs = (members.length * (members.length - 1)) / 2;
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++)
        links.push({
          source: members[a]!,
          target: members[b]!,
          // Rivalries hold their ends loosely: they say who faces whom, not who belongs together.
          strength: (hostile ? 0.08 : 0.8) / Math.sqrt(pairs),
          distance: scale * (hostile ? 1.3 : 0.5),
        });
  });
  const centre = latticeCentre(model);
  const cx = size.width / 2;
  const cy = size.height / 2;
  const spread = Math.min(size.width, size.height) * 0.06;
  // The rings are ellipses with the frame's proportions, so the drawing takes the frame's shape.
  const rx = Math.max(1, size.width / 2 - 8);
  const ry = Math.max(1, size.height / 2 - 8);
  const rim = 0.92;
  // The centre nodes are pinned side by side in the middle: the lattice is "centered on" them.
  centre.forEach((i, k) => {
    const body = bodies[i]!;
    body.fx = cx + (centre.length === 1 ? 0 : (k / (centre.length - 1) - 0.5) * 2 * spread);
    body.fy = cy;
  });
  const halfDiagonal = (i: number) => {
    const box = metrics.box[i]!;
    return Math.hypot(box.right - box.left, box.bottom - box.top) / 2;
  };
  // Rings by the number of ties between a node and the centre: the lattice reads outwards from
  // the United States and Japan. Rivals are set apart at the rim, as in the hub order.
  const depth = ringsFromCentre(model, centre);
  const maxDepth = Math.max(1, ...depth.filter(Number.isFinite));
  const ringRadius = (i: number) =>
    model.nodes[i]!.role === "rival" || !Number.isFinite(depth[i]!) ? rim : (rim * Math.min(depth[i]!, maxDepth)) / (maxDepth + 0.4);
  const simulation = forceSimulation<Body>(bodies)
    .randomSource(random)
    .force(
      "link",
      forceLink<Body, Link>(links)
        .id((body) => body.index)
        .strength((link) => link.strength)
        .distance((link) => link.distance),
    )
    .force(
      "charge",
      forceManyBody<Body>()
        .strength(-scale * 1.2)
        .distanceMax(scale * 4),
    )
    // In a large network only labelled nodes collide: thousands of dots cannot all keep clear in
    // one frame, and a collision radius on each made every tick visit hundreds of neighbours
    // (seconds per tick at 5,000 nodes). A dot over a dot is ink; a dot over a label is not.
    .force(
      "collide",
      forceCollide<Body>((body) => (!large || metrics.label[body.index] ? halfDiagonal(body.index) + 3 : 0)).iterations(large ? 1 : 2),
    )
    // The pull to the middle is weaker along the frame's longer side, for the same reason.
    .force("x", forceX<Body>(cx).strength(0.03 * Math.sqrt(ry / rx)))
    .force("y", forceY<Body>(cy).strength(0.03 * Math.sqrt(rx / ry)))
    .force(
      "rings",
      // Packing a large network onto a few rings crowds them, and collision then costs more than
      // n log n: past the threshold, the links and the charge shape it alone.
      ellipseForce(ringRadius, (i) => (large || centre.includes(i) ? 0 : ringStrength), cx, cy, rx, ry),
    )
    .force("bounds", boundsForce(size, metrics.box))
    .stop();
  // A large network settles in fewer, cooler steps: the cost stays n log n per tick, times a
  // tick count that does not grow with n.
  const ticks = large ? 120 : 300;
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  let done = 0;
  return {
    step(count) {
      const now = Math.min(count, ticks - done);
      if (now > 0) simulation.tick(now);
      done += Math.max(0, now);
      return done >= ticks;
    },
    result() {
      const x = new Float64Array(n);
      const y = new Float64Array(n);
      for (const body of bodies) {
        x[body.index] = body.x! - cx;
        y[body.index] = body.y! - cy;
      }
      const fitted = fitAxes({ x, y }, metrics.box, size);
      if (n + model.ties.length > untangleLimit) return fitted;
      return fitAxes(
        reduceCrossings(model, fitted, metrics.box, (i) => metrics.radius[i]!, size, centre),
        metrics.box,
        size,
      );
    },
  };
}

/** Each node's distance, in ties, from the nearest centre node (Infinity if unconnected). */
function ringsFromCentre(model: GraphModel, centre: readonly number[]): number[] {
  const depth = model.nodes.map(() => Infinity);
  let frontier = [...centre];
  for (const i of frontier) depth[i] = 0;
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const i of frontier)
      for (const t of model.tiesOfNode[i]!)
        for (const j of model.tieMembers[t]!)
          if (depth[j] === Infinity && model.nodes[j]!.role !== "rival") {
            depth[j] = d;
            next.push(j);
          }
    frontier = next;
  }
  return depth;
}
