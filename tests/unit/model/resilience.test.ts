import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { holdingStates, resilience } from "../../../src/model/resilience";
import type { Dataset } from "../../../src/model/schema";
import { tinyDataset } from "../fixtures";
import { handNetwork as network } from "./handNetwork";

const names = (data: Dataset, indices: number[]) => indices.map((i) => data.nodes[i]!.id);
function figure(data: Dataset) {
  const result = resilience(buildGraphModel(data), "s");
  return {
    allies: names(data, result.allies),
    linked: names(data, result.linked),
    bloc: names(data, result.largestBloc.allies),
    partners: names(data, result.largestBloc.partners),
    organizations: names(data, result.organizations),
    hubGroupings: result.hubGroupings.map((t) => data.ties[t]!.id),
  };
}

describe("resilience", () => {
  it("counts as holding only ties at least as firm as steady", () => {
    expect(holdingStates).toEqual(["institutionalized", "deepening", "steady"]);
  });

  it("drops every tie that includes the hub, bilateral or multilateral", () => {
    // a and b are tied only through the hub: the spokes and the trilateral go, nothing is left.
    const data = network(
      [
        ["hub", "hub"],
        ["a", "ally"],
        ["b", "ally"],
      ],
      [
        [["hub", "a"], "deepening"],
        [["hub", "b"], "deepening"],
        [["hub", "a", "b"], "institutionalized"],
      ],
    );
    expect(figure(data)).toEqual({ allies: ["a", "b"], linked: [], bloc: [], partners: [], organizations: [], hubGroupings: ["hub-a-b"] });
  });

  it("joins allies through partners, but counts only the allies, and names the bloc's partners", () => {
    // a–p (steady) and p–b (deepening) join a and b through the partner p; c is on its own.
    const data = network(
      [
        ["hub", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["c", "ally"],
        ["p", "partner"],
      ],
      [
        [["a", "p"], "steady"],
        [["p", "b"], "deepening"],
      ],
    );
    expect(figure(data)).toMatchObject({ allies: ["a", "b", "c"], linked: ["a", "b"], bloc: ["a", "b"], partners: ["p"] });
  });

  it("does not count strained, at-risk or sought ties, nor rivals as a link", () => {
    const data = network(
      [
        ["hub", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["c", "ally"],
        ["d", "ally"],
        ["r", "rival"],
      ],
      [
        [["a", "b"], "strained"],
        [["b", "c"], "at-risk"],
        [["c", "d"], "sought"],
        [["a", "r"], "rapprochement"],
        [["r", "d"], "rapprochement"],
      ],
    );
    expect(figure(data)).toMatchObject({ allies: ["a", "b", "c", "d"], linked: [], bloc: [] });
  });

  it("leaves organizations out of the count while they still join countries", () => {
    // n is an allied organization (think NATO): not counted, but a–n–b still joins a and b.
    const data = network(
      [
        ["hub", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["n", "ally", "organization"],
      ],
      [
        [["a", "n"], "steady"],
        [["n", "b"], "steady"],
      ],
    );
    expect(figure(data)).toMatchObject({ allies: ["a", "b"], linked: ["a", "b"], bloc: ["a", "b"], partners: ["n"], organizations: ["n"] });
  });

  it("names the largest of several blocs, the first in dataset order on a tie", () => {
    const data = network(
      [
        ["hub", "hub"],
        ["a", "ally"],
        ["b", "ally"],
        ["c", "ally"],
        ["d", "ally"],
        ["e", "ally"],
        ["f", "ally"],
        ["g", "ally"],
      ],
      [
        [["a", "b"], "steady"],
        [["c", "d", "e"], "deepening"],
        [["f", "g"], "institutionalized"],
      ],
    );
    expect(figure(data)).toMatchObject({ linked: ["a", "b", "c", "d", "e", "f", "g"], bloc: ["c", "d", "e"] });
    data.ties[1]!.members = ["c", "d"];
    expect(figure(data)).toMatchObject({ linked: ["a", "b", "c", "d", "f", "g"], bloc: ["a", "b"] });
  });

  it("follows the scenario shown", () => {
    // tiny: a–b is sought now, institutionalized later; the trilateral includes the hub.
    const model = buildGraphModel(tinyDataset());
    expect(resilience(model, "now").linked).toEqual([]);
    expect(resilience(model, "later").linked).toEqual([1, 2]);
    expect(resilience(model, "now").hubGroupings).toEqual([3]);
  });
});
