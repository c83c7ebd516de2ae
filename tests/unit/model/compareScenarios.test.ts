// @vitest-environment node
import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../../src/model/compareScenarios";
import { buildGraphModel } from "../../../src/model/graphModel";
import type { TieState } from "../../../src/model/vocabulary";
import { tinyDataset } from "../fixtures";

function compare(pairs: [TieState, TieState][]) {
  const data = tinyDataset();
  const template = data.ties[0];
  if (!template) throw new Error("the fixture has ties");
  data.ties = pairs.map(([now, later], t) => ({
    ...template,
    id: `t${t}`,
    status: { now, later },
    inferred: { now: "Read.", later: "Read." },
  }));
  return compareScenarios(buildGraphModel(data), "now", "later").map(({ tie, comparison }) => [data.ties[tie]?.id, comparison]);
}

describe("compareScenarios", () => {
  it("says how each tie changes from the first scenario to the second", () => {
    expect(
      compare([
        ["steady", "institutionalized"],
        ["deepening", "strained"],
        ["steady", "steady"],
        ["absent", "sought"],
        ["steady", "absent"],
        ["adversarial", "rapprochement"],
        ["absent", "absent"],
      ]),
    ).toEqual([
      ["t0", "stronger"],
      ["t1", "weaker"],
      ["t2", "unchanged"],
      ["t3", "new"],
      ["t4", "gone"],
      ["t5", "changed"],
    ]);
  });

  it("reads the change in the order the scenarios are given", () => {
    const data = tinyDataset();
    const model = buildGraphModel(data);
    const forward = compareScenarios(model, "now", "later").map((c) => c.comparison);
    const backward = compareScenarios(model, "later", "now").map((c) => c.comparison);
    const flip = { stronger: "weaker", weaker: "stronger", new: "gone", gone: "new", changed: "changed", unchanged: "unchanged" };
    expect(backward).toEqual(forward.map((c) => flip[c]));
  });
});
