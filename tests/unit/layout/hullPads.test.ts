// @vitest-environment node
import { describe, expect, it } from "vitest";
import { hullPads } from "../../../src/layout/hullPads";
import type { NodeMetrics } from "../../../src/layout/nodeMetrics";
import { buildGraphModel } from "../../../src/model/graphModel";
import { tinyDataset } from "../fixtures";

const data = tinyDataset();
// Only pairs, then two groupings that share members.
data.ties = data.ties.filter((tie) => tie.members.length === 2);
data.ties.push(
  { ...structuredClone(data.ties[0]!), id: "g1", members: ["hub", "a", "b"] },
  { ...structuredClone(data.ties[0]!), id: "g2", members: ["a", "b", "c"] },
);
const model = buildGraphModel(data);
const metrics = { radius: Float64Array.from(model.nodes, (_, i) => 10 + i) } as unknown as NodeMetrics;

describe("hullPads", () => {
  it("pads a grouping clear of its largest member, and one it overlaps a layer further", () => {
    const pads = hullPads(model, metrics);
    const g1 = model.tieIndex.get("g1") ?? -1;
    const g2 = model.tieIndex.get("g2") ?? -1;
    const r = (id: string) => 10 + (model.nodeIndex.get(id) ?? 0);
    expect(pads[g1]).toBe(Math.max(r("hub"), r("a"), r("b")) + 8);
    expect(pads[g2]).toBe(Math.max(r("a"), r("b"), r("c")) + 8 + 7);
    expect(pads[0]).toBe(0);
  });
  it("is all zeros before there are metrics", () => {
    expect([...hullPads(model, null)].every((pad) => pad === 0)).toBe(true);
  });
});
