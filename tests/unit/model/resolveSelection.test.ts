// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { resolveSelection } from "../../../src/model/resolveSelection";
import { scenarioLabel } from "../../../src/model/scenarioLabel";
import { tinyDataset } from "../fixtures";

const model = buildGraphModel(tinyDataset());

describe("resolveSelection", () => {
  it("finds a tie or a node by id, as an index into the model", () => {
    const tie = model.ties[1];
    const node = model.nodes[2];
    expect(resolveSelection(model, { kind: "tie", id: tie?.id ?? "" })).toEqual({ kind: "tie", index: 1 });
    expect(resolveSelection(model, { kind: "node", id: node?.id ?? "" })).toEqual({ kind: "node", index: 2 });
  });
  it("is null for no selection, an unknown id, or a node's id asked for as a tie", () => {
    expect(resolveSelection(model, null)).toBeNull();
    expect(resolveSelection(model, { kind: "tie", id: "atlantis" })).toBeNull();
    expect(resolveSelection(model, { kind: "tie", id: model.nodes[0]?.id ?? "" })).toBeNull();
  });
});

describe("scenarioLabel", () => {
  it("is the dataset's label, or the id when there is no such scenario", () => {
    const first = model.scenarios[0];
    expect(scenarioLabel(model, first?.id ?? "")).toBe(first?.label);
    expect(scenarioLabel(model, "nope")).toBe("nope");
  });
});
