import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { scenarioName, stateInSentence, stateLabel, stateModality } from "../../../src/model/stateWording";
import { tinyDataset } from "../fixtures";

describe("stateWording", () => {
  const model = buildGraphModel(tinyDataset());
  const tie = (id: string) => model.tieIndex.get(id)!;

  it("words an observed scenario's states plainly", () => {
    expect(stateLabel(model, "now", "deepening", tie("hub-b"))).toBe("Deepening");
    expect(stateLabel(model, "now", "sought")).toBe("Sought");
    expect(scenarioName(model, "now")).toBe("Now");
  });

  it("words a projected scenario's states as projections, or as fears where the dataset says so", () => {
    expect(stateLabel(model, "later", "strained", tie("hub-a"))).toBe("Strained (projected)");
    expect(stateLabel(model, "later", "at-risk", tie("hub-b"))).toBe("At risk (feared)");
    expect(stateInSentence(model, "later", "at-risk", tie("hub-b"))).toBe("at risk (feared)");
    expect(scenarioName(model, "later")).toBe("Later (projected)");
  });

  it("keys a state by how every tie holding it is worded", () => {
    expect(stateModality(model, "later", "at-risk")).toBe("feared");
    expect(stateModality(model, "later", "strained")).toBe("projected");
    const data = tinyDataset();
    data.ties[0]!.status.later = "at-risk";
    expect(stateLabel(buildGraphModel(data), "later", "at-risk")).toBe("At risk (projected or feared)");
  });

  it("words a state in the dataset's own label (its legend), qualified as projected or feared all the same", () => {
    const data = tinyDataset();
    data.legend = { states: { "at-risk": { label: "Could close" }, strained: { description: "Only a description." } } };
    const own = buildGraphModel(data);
    expect(stateLabel(own, "later", "at-risk", tie("hub-b"))).toBe("Could close (feared)");
    expect(stateInSentence(own, "later", "at-risk", tie("hub-b"))).toBe("could close (feared)");
    expect(stateLabel(own, "later", "strained", tie("hub-a"))).toBe("Strained (projected)");
    expect(stateLabel(own, "now", "at-risk")).toBe("Could close");
  });

  it("treats a scenario without a kind as observed", () => {
    const data = tinyDataset();
    delete data.scenarios[1]!.kind;
    delete data.ties[1]!.feared;
    expect(stateLabel(buildGraphModel(data), "later", "at-risk", 1)).toBe("At risk");
  });
});
