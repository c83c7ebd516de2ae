// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { stepState } from "../../../src/state/stepState";
import { tinyDataset } from "../fixtures";

describe("stepState", () => {
  const model = buildGraphModel({ ...tinyDataset(), defaults: { view: "lattice", scenario: "later" } });

  it("fills what a step leaves out with the dataset's defaults, not with what was on screen", () => {
    expect(stepState(model, { id: "bare", title: "Bare", text: "Nothing chosen." })).toEqual({
      step: "bare",
      view: "lattice",
      scenario: "later",
      selection: null,
      highlight: { nodes: [], ties: [] },
      without: [],
      compare: null,
      annotations: [],
    });
  });

  it("carries everything a step names", () => {
    const state = stepState(model, {
      id: "full",
      title: "Full",
      text: "Everything.",
      view: "hub",
      scenario: "now",
      select: { node: "a" },
      highlight: { nodes: ["a"], ties: ["a-b"] },
      without: ["hub"],
      compare: ["later", "now"],
      annotations: [{ target: "a", text: "Here." }],
    });
    expect(state).toEqual({
      step: "full",
      view: "hub",
      scenario: "now",
      selection: { kind: "node", id: "a" },
      highlight: { nodes: ["a"], ties: ["a-b"] },
      without: ["hub"],
      compare: ["later", "now"],
      annotations: [{ target: "a", text: "Here." }],
    });
  });

  it("drops ids the dataset does not have", () => {
    const state = stepState(model, {
      id: "stale",
      title: "Stale",
      text: "Names gone.",
      scenario: "gone",
      select: { tie: "gone" },
      without: ["gone", "a"],
      compare: ["now", "gone"],
      annotations: [{ target: "gone", text: "Lost." }],
    });
    expect(state).toMatchObject({ scenario: "later", selection: null, without: ["a"], compare: null, annotations: [] });
  });
});
