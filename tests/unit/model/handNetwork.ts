import type { Dataset, GraphNode, Tie } from "../../../src/model/schema";
import type { TieState } from "../../../src/model/vocabulary";
import { tinyDataset } from "../fixtures";

/**
 * A dataset from a few nodes and ties in one scenario "s", for cases worked by hand: each tie's id
 * is its members joined by hyphens, and every state is grounded by a quote.
 */
export function handNetwork(nodes: [string, GraphNode["role"], GraphNode["kind"]?][], ties: [string[], TieState][]): Dataset {
  const data = tinyDataset();
  data.scenarios = [{ id: "s", label: "S", description: "One scenario." }];
  data.defaults.scenario = "s";
  data.nodes = nodes.map(([id, role, kind = "country"]) => ({ id, label: id.toUpperCase(), kind, role }));
  data.ties = ties.map(([members, state]): Tie => ({
    id: members.join("-"),
    members,
    kind: "Tie",
    summary: "A tie.",
    status: { s: state },
    quotes: [{ text: "Said.", supports: ["s"] }],
  }));
  return data;
}
