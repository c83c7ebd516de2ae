import type { GraphModel } from "./graphModel";

export type Target = { kind: "tie"; index: number } | { kind: "node"; index: number };
export type Neighbourhood = { nodes: ReadonlySet<number>; ties: ReadonlySet<number> };

/** A tie with its members, or a node with its ties and the nodes at their other ends. */
export function neighbourhood(model: GraphModel, target: Target): Neighbourhood {
  if (target.kind === "tie") {
    return { nodes: new Set(model.tieMembers[target.index]), ties: new Set([target.index]) };
  }
  const ties = new Set(model.tiesOfNode[target.index]);
  const nodes = new Set([target.index]);
  for (const t of ties) for (const i of model.tieMembers[t] ?? []) nodes.add(i);
  return { nodes, ties };
}
