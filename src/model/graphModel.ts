import { displayDataset } from "./displayDataset";
import type { Dataset, GraphNode, Scenario, Tie } from "./schema";

/**
 * A validated dataset with the indices every view needs, built once per dataset. Nodes and ties
 * keep their dataset order; layouts address nodes by index so positions can live in typed arrays.
 */
export type GraphModel = {
  dataset: Dataset;
  nodes: readonly GraphNode[];
  ties: readonly Tie[];
  scenarios: readonly Scenario[];
  nodeIndex: ReadonlyMap<string, number>;
  tieIndex: ReadonlyMap<string, number>;
  /** For each tie, the indices of its members. */
  tieMembers: readonly (readonly number[])[];
  /** For each node, the indices of the ties it belongs to. */
  tiesOfNode: readonly (readonly number[])[];
  hub: number;
  /**
   * Whether a tie exists in the hub-and-spokes order: a bilateral tie to the hub. Everything else,
   * multilateral groupings with the hub included, is the lattice the allies weave among themselves.
   */
  isSpoke: readonly boolean[];
};

export function buildGraphModel(data: Dataset): GraphModel {
  // Text from the data, bidi-isolated once here, so no view can forget to.
  const dataset = displayDataset(data);
  const nodeIndex = new Map(dataset.nodes.map((node, i) => [node.id, i]));
  const tieIndex = new Map(dataset.ties.map((tie, i) => [tie.id, i]));
  const tiesOfNode: number[][] = dataset.nodes.map(() => []);
  const tieMembers = dataset.ties.map((tie, t) =>
    tie.members.map((id) => {
      const i = nodeIndex.get(id);
      if (i === undefined) throw new Error(`tie "${tie.id}" names unknown node "${id}"; validate the dataset first`);
      tiesOfNode[i]?.push(t);
      return i;
    }),
  );
  const hub = dataset.nodes.findIndex((node) => node.role === "hub");
  return {
    dataset,
    nodes: dataset.nodes,
    ties: dataset.ties,
    scenarios: dataset.scenarios,
    nodeIndex,
    tieIndex,
    tieMembers,
    tiesOfNode,
    hub: Math.max(hub, 0),
    isSpoke: tieMembers.map((members) => members.length === 2 && members.includes(Math.max(hub, 0))),
  };
}
