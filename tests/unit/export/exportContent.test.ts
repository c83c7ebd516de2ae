import { describe, expect, it } from "vitest";
import { exportContent } from "../../../src/export/exportContent";
import { shippedModel } from "../fixtures";

const text = (runs: { text: string }[]) => runs.map((run) => run.text).join("");

describe("exportContent", () => {
  it("titles the picture, says what the view and scenario mean, and credits the source", () => {
    const model = shippedModel();
    const content = exportContent(model, "lattice", "trump", null);
    expect(content.title).toBe(model.dataset.meta.title);
    expect(text(content.caption)).toBe(
      `Lattice. ${model.dataset.meta.views!.lattice!.description} Trump. ${model.scenarios[1]!.description}`,
    );
    expect(content.caption.filter((run) => run.bold).map((run) => run.text.trim())).toEqual(["Lattice.", "Trump."]);
    expect(content.credit).toBe("Source: The Japan Times, 25 June 2024");
  });

  it("keys the roles shown and only the states drawn in the scenario", () => {
    const model = shippedModel();
    const labels = (scenario: string) => exportContent(model, "hub", scenario, null).legend.map((row) => row.map((entry) => entry.label));
    const [roles, biden] = labels("biden");
    expect(roles).toEqual(["Hub", "Ally", "Partner", "Rival", "Organization"]);
    expect(biden).toEqual(["Institutionalized", "Deepening", "Steady", "Sought", "Adversarial"]);
    expect(labels("trump")[1]).toEqual(expect.arrayContaining(["Strained", "At risk", "Rapprochement", "Volatile", "Escalating"]));
    expect(labels("trump")[1]).not.toContain("Absent");
  });

  it("names what is highlighted", () => {
    const model = shippedModel();
    const tie = exportContent(model, "lattice", "trump", { kind: "tie", index: model.tieIndex.get("us-japan")! });
    expect(text(tie.caption)).toMatch(/ Highlighted: United States–Japan \(Alliance\), strained\.$/);
    const node = exportContent(model, "lattice", "biden", { kind: "node", index: model.nodeIndex.get("japan")! });
    expect(text(node.caption)).toMatch(/ Highlighted: Japan and its \d+ ties\.$/);
  });
});
