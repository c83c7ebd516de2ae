import { describe, expect, it } from "vitest";
import { exportContent } from "../../../src/export/exportContent";
import { buildGraphModel } from "../../../src/model/graphModel";
import { tinyDataset } from "../fixtures";

const text = (runs: { text: string }[]) => runs.map((run) => run.text).join("");
const model = () => buildGraphModel(tinyDataset());

describe("exportContent", () => {
  it("titles the picture, says what the view and scenario mean, and credits the source", () => {
    const content = exportContent(model(), "lattice", "now", null);
    expect(content.title).toBe("Tiny");
    expect(text(content.caption)).toBe(
      "Lattice. Every tie drawn: the allies and partners tied to one another as well as to the hub. Now. As things are.",
    );
    expect(content.caption.filter((run) => run.bold).map((run) => run.text.trim())).toEqual(["Lattice.", "Now."]);
    expect(content.credit).toBe("Source: Gazette, 2 January 2024");
  });

  it("names a projected scenario as projected", () => {
    const content = exportContent(model(), "hub", "later", null);
    expect(content.caption.filter((run) => run.bold).map((run) => run.text.trim())).toEqual(["Hub-and-spokes.", "Later (projected)."]);
  });

  it("keys the roles shown and only the states drawn in the scenario, worded as projections or fears", () => {
    const labels = (scenario: string) => exportContent(model(), "hub", scenario, null).legend.map((row) => row.map((entry) => entry.label));
    const [roles, now] = labels("now");
    expect(roles).toEqual(["Hub", "Ally", "Partner", "Rival", "Organization"]);
    expect(now).toEqual(["Deepening", "Steady", "Sought", "Adversarial"]);
    // later: hub–b is feared, the others projected; the trilateral is absent and not keyed.
    expect(labels("later")[1]).toEqual([
      "Institutionalized (projected)",
      "Strained (projected)",
      "At risk (feared)",
      "Escalating (projected)",
    ]);
  });

  it("names what is highlighted, in the scenario's wording", () => {
    const m = model();
    const feared = exportContent(m, "lattice", "later", { kind: "tie", index: m.tieIndex.get("hub-b")! });
    expect(text(feared.caption)).toMatch(/ Highlighted: Hubland–Beland \(Alliance\), at risk \(feared\)\.$/);
    const observed = exportContent(m, "lattice", "now", { kind: "tie", index: m.tieIndex.get("hub-b")! });
    expect(text(observed.caption)).toMatch(/ Highlighted: Hubland–Beland \(Alliance\), deepening\.$/);
    const node = exportContent(m, "lattice", "now", { kind: "node", index: m.nodeIndex.get("a")! });
    expect(text(node.caption)).toMatch(/ Highlighted: Aland and its 3 ties\.$/);
  });
});
