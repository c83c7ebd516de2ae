import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { scenarioDiff } from "../../../src/model/scenarioDiff";
import { shippedModel, tinyDataset } from "../fixtures";

describe("scenarioDiff", () => {
  it("classifies each change of state", () => {
    const model = buildGraphModel(tinyDataset());
    expect(scenarioDiff(model, "now", "later").map((c) => [model.ties[c.tie]!.id, c.change])).toEqual([
      ["hub-a", "weakens"],
      ["hub-b", "weakens"],
      ["a-b", "strengthens"],
      ["hub-a-c", "vanishes"],
      ["hub-r", "shifts"],
    ]);
    expect(scenarioDiff(model, "later", "now").find((c) => c.tie === 3)?.change).toBe("appears");
  });

  it("finds every tie the Trump scenario restyles, and only those", () => {
    const model = shippedModel();
    const changed = scenarioDiff(model, "biden", "trump").map((c) => model.ties[c.tie]!.id);
    const expected = model.ties.filter((tie) => tie.status.biden !== tie.status.trump).map((tie) => tie.id);
    expect(changed).toEqual(expected);
    expect(changed).toEqual(
      expect.arrayContaining([
        "us-japan",
        "us-south-korea",
        "us-australia",
        "us-philippines",
        "us-japan-south-korea",
        "us-china",
        "us-russia",
        "us-north-korea",
        "us-taiwan",
      ]),
    );
  });
});
