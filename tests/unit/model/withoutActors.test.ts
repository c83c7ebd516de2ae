// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import type { Dataset, GraphNode } from "../../../src/model/schema";
import type { TieState } from "../../../src/model/vocabulary";
import { withoutActors } from "../../../src/model/withoutActors";
import { handNetwork as network } from "./handNetwork";

function without(data: Dataset, removed: string[]) {
  const result = withoutActors(buildGraphModel(data), "s", removed);
  const node = (i: number) => data.nodes[i]?.id;
  const tie = (t: number) => data.ties[t]?.id;
  return {
    removed: result.removed.map(node),
    removedTies: result.removedTies.map(tie),
    groups: result.groups.map((group) => group.map(node)),
    alone: result.alone.map(node),
    onlyPaths: result.onlyPaths.map(tie),
    articulation: result.articulation.map(node),
  };
}

describe("withoutActors", () => {
  // h is the hub; a–b–c hang together on their own, d only through the hub, e through c alone.
  const star = network(
    [
      ["h", "hub"],
      ["a", "ally"],
      ["b", "ally"],
      ["c", "partner"],
      ["d", "ally"],
      ["e", "partner"],
      ["r", "rival"],
    ],
    [
      [["h", "a"], "steady"],
      [["h", "b"], "deepening"],
      [["h", "d"], "institutionalized"],
      [["a", "b"], "deepening"],
      [["b", "c"], "steady"],
      [["c", "e"], "steady"],
      [["h", "r"], "adversarial"],
    ],
  );

  it("takes the actors and their ties away and finds who still holds together", () => {
    expect(without(star, ["h"])).toEqual({
      removed: ["h"],
      removedTies: ["h-a", "h-b", "h-d", "h-r"],
      groups: [["a", "b", "c", "e"]],
      alone: ["d", "r"],
      onlyPaths: ["h-d"],
      articulation: ["b", "c"],
    });
  });

  it("with nothing removed, names the actors whose loss would split the network", () => {
    const result = without(star, []);
    expect(result.groups).toEqual([["h", "a", "b", "c", "d", "e"]]);
    expect(result.articulation).toEqual(["h", "b", "c"]);
    expect(result.onlyPaths).toEqual([]);
  });

  it("removes any set of actors, and ignores ids it does not know", () => {
    const result = without(star, ["b", "nobody"]);
    expect(result.removed).toEqual(["b"]);
    expect(result.groups).toEqual([
      ["h", "a", "d"],
      ["c", "e"],
    ]);
    // b–c held c to the rest: it was c's only path.
    expect(result.onlyPaths).toEqual(["b-c"]);
    expect(result.articulation).toEqual(["h"]);
  });

  it("counts only ties that hold: strained, sought and hostile ties join nothing", () => {
    const data = network(
      [
        ["h", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["c", "ally"],
        ["r", "rival"],
      ],
      [
        [["h", "a"], "steady"],
        [["a", "b"], "strained"],
        [["a", "c"], "sought"],
        [["b", "r"], "adversarial"],
      ],
    );
    expect(without(data, ["h"])).toMatchObject({ groups: [], alone: ["a", "b", "c", "r"], onlyPaths: ["h-a"] });
  });

  it("treats a multilateral tie as one link among all its members", () => {
    // a, b and c share one pact; no single member's loss splits the other two.
    const data = network(
      [
        ["h", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["c", "ally"],
        ["d", "ally"],
      ],
      [
        [["h", "a"], "steady"],
        [["a", "b", "c"], "deepening"],
        [["c", "d"], "steady"],
      ],
    );
    const result = without(data, ["h"]);
    expect(result.groups).toEqual([["a", "b", "c", "d"]]);
    expect(result.articulation).toEqual(["c"]);
    // A pact that includes a removed actor is gone for all its members.
    expect(without(data, ["a"]).groups).toEqual([["c", "d"]]);
    expect(without(data, ["a"]).alone).toEqual(["h", "b"]);
  });

  it("puts the largest group first, and equal groups in dataset order", () => {
    const data = network(
      [
        ["h", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["c", "ally"],
        ["d", "ally"],
        ["e", "ally"],
      ],
      [
        [["h", "a"], "steady"],
        [["h", "c"], "steady"],
        [["a", "b"], "steady"],
        [["c", "d"], "steady"],
        [["d", "e"], "steady"],
      ],
    );
    expect(without(data, ["h"]).groups).toEqual([
      ["c", "d", "e"],
      ["a", "b"],
    ]);
    // The removed actor's partners split one and one; the first group in order is the rest.
    expect(without(data, ["h"]).onlyPaths).toEqual(["h-a"]);
  });

  it("finds cut points in a long chain without overflowing the stack", () => {
    const n = 5000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const data = network(
      ids.map((id, i): [string, GraphNode["role"]] => [id, i === 0 ? "hub" : "ally"]),
      ids.slice(1).map((id, i): [string[], TieState] => [[ids[i] ?? "", id], "steady"]),
    );
    const result = withoutActors(buildGraphModel(data), "s", []);
    expect(result.articulation).toHaveLength(n - 2);
    expect(result.groups).toHaveLength(1);
  });
});
