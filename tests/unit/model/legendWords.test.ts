import { describe, expect, it } from "vitest";
import { roleWords, stateWords } from "../../../src/model/legendWords";
import { nodeRoleInfo, nodeRoles, tieStateInfo, tieStates } from "../../../src/model/vocabulary";
import { tinyDataset } from "../fixtures";

describe("the key's words", () => {
  it("are the dataset's own where it gives them, label or description alone", () => {
    const data = tinyDataset();
    data.legend = { states: { strained: { description: "Tense." } }, roles: { ally: { label: "Branch", description: "A branch." } } };
    expect(stateWords(data, "strained")).toEqual({ label: "Strained", description: "Tense." });
    expect(roleWords(data, "ally")).toEqual({ label: "Branch", description: "A branch." });
    expect(stateWords(data, "steady")).toEqual({ label: tieStateInfo.steady.label, description: tieStateInfo.steady.description });
    expect(roleWords(tinyDataset(), "hub")).toEqual(nodeRoleInfo.hub);
  });

  it("default to neutral words that name no article, person, place or force", () => {
    const defaults = [...tieStates.map((s) => tieStateInfo[s]), ...nodeRoles.map((r) => nodeRoleInfo[r])]
      .map((words) => `${words.label} ${words.description}`)
      .join("\n");
    for (const word of ["Trump", "Biden", "troops", "treaty", "defence", "defense", "article", "alliance system", "Washington"])
      expect(defaults, word).not.toMatch(new RegExp(word, "i"));
  });
});
