// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Dataset, Step } from "../../../src/model/schema";
import { validateDataset } from "../../../src/model/validateDataset";
import { formatValidationError } from "../../../src/model/validationError";
import { tinyDataset } from "../fixtures";

function withSteps(...steps: Step[]): Dataset {
  return { ...tinyDataset(), story: { steps } };
}
const errorsOf = (data: unknown) => {
  const result = validateDataset(data);
  return result.ok ? [] : result.errors.map(formatValidationError);
};

describe("a dataset's story", () => {
  it("accepts steps that name real nodes, ties and scenarios", () => {
    const data = withSteps(
      { id: "start", title: "The hub", text: "Every spoke runs to the hub." },
      {
        id: "pact",
        title: "A pact",
        text: "Two allies sign.",
        view: "lattice",
        scenario: "later",
        select: { tie: "a-b" },
        highlight: { nodes: ["a", "b"], ties: ["a-b"] },
        without: ["hub"],
        compare: ["now", "later"],
        annotations: [
          { target: "a-b", text: "Signed." },
          { target: "c", text: "Watching." },
        ],
      },
    );
    expect(errorsOf(data)).toEqual([]);
  });

  it("names every unknown id, a repeated step id and a self-comparison, by path", () => {
    const data = withSteps(
      { id: "one", title: "One", text: "A step.", scenario: "soon", select: { node: "zed" } },
      {
        id: "one",
        title: "Two",
        text: "Another.",
        highlight: { ties: ["a-c"] },
        without: ["hubb"],
        compare: ["now", "now"],
        annotations: [{ target: "nowhere", text: "Here." }],
      },
    );
    expect(errorsOf(data)).toEqual([
      'story.steps[0].scenario: there is no scenario "soon"',
      'story.steps[0].select.node: there is no node "zed"',
      'story.steps[1].id: "one" is already the id of an earlier step: give each step its own id',
      'story.steps[1].highlight.ties[0]: there is no tie "a-c". Did you mean "a-b"?',
      'story.steps[1].without[0]: there is no node "hubb". Did you mean "hub"?',
      "story.steps[1].compare: compares a scenario with itself: name two different scenarios",
      'story.steps[1].annotations[0].target: there is no node or tie "nowhere"',
    ]);
  });

  it("refuses a step that takes every node away, and a step with a field it does not know", () => {
    const data = withSteps({ id: "empty", title: "Empty", text: "Nothing left.", without: ["hub", "a", "b", "c", "r"] });
    expect(errorsOf(data)).toEqual(["story.steps[0].without: takes away every node: leave at least one in the picture"]);
    const odd = withSteps({ id: "odd", title: "Odd", text: "A typo.", ...{ veiw: "hub" } } as Step);
    expect(errorsOf(odd).join("\n")).toMatch(/story\.steps\[0\].*veiw/);
  });
});
