import { describe, expect, it } from "vitest";
import { nodeMetrics } from "../../../../src/layout/nodeMetrics";
import { layoutQuality } from "../../../../src/layout/quality/layoutQuality";
import { spaceUse } from "../../../../src/layout/quality/spaceUse";
import { buildGraphModel } from "../../../../src/model/graphModel";
import type { Dataset } from "../../../../src/model/schema";
import { tinyDataset } from "../../fixtures";

/** Four nodes, two bilateral ties between opposite corners: they cross once, at right angles. */
function square(): Dataset {
  const dataset = tinyDataset();
  const tie = dataset.ties[0]!;
  dataset.nodes = dataset.nodes.slice(0, 4).map((node) => ({ ...node, role: node.role === "hub" ? "hub" : "partner" }));
  dataset.ties = [
    { ...tie, id: "hub-b", members: ["hub", "b"] },
    { ...tie, id: "a-c", members: ["a", "c"] },
  ];
  return dataset;
}

const size = { width: 400, height: 300 };

describe("layoutQuality", () => {
  const model = buildGraphModel(square());
  const metrics = nodeMetrics(model, size);
  const all = new Float64Array(2).fill(1);
  // hub, a, b, c at the corners of a square: hub–b and a–c are its diagonals.
  const corners = { x: Float64Array.of(100, 300, 300, 100), y: Float64Array.of(50, 50, 250, 250) };

  it("counts crossings and their angle, the nearest nodes and the space used", () => {
    const q = layoutQuality(model, corners, metrics, size, all);
    expect(q.crossings).toBe(1);
    expect(q.minCrossingAngle).toBeCloseTo(90, 6);
    expect(q.minNodeDistance).toBeCloseTo(200, 6);
    expect(q.labelOverlaps).toBe(0);
    expect(q.labelNodeOverlaps).toBe(0);
    expect(q.space.width).toBeGreaterThan(200 / (400 - 16));
    expect(q.space.height).toBeGreaterThan(200 / (300 - 16));
  });

  it("leaves out ties the view only traces", () => {
    expect(layoutQuality(model, corners, metrics, size, Float64Array.of(1, 0.1)).crossings).toBe(0);
  });

  it("counts labels on top of each other, a label over a node, and a label a line runs through", () => {
    // a sits just under the hub: its shape on the hub's label, and its label on that label too.
    const p = { x: Float64Array.of(100, 100, 300, 200), y: Float64Array.of(50, 78, 250, 150) };
    const q = layoutQuality(model, p, metrics, size, all);
    expect(q.labelOverlaps).toBe(1);
    expect(q.labelNodeOverlaps).toBe(1);
    const crossedThrough = { x: Float64Array.of(100, 300, 300, 200), y: Float64Array.of(50, 50, 250, 135) };
    // c's label lies across the diagonal hub–b, which is not c's own tie.
    expect(layoutQuality(model, crossedThrough, metrics, size, Float64Array.of(1, 0)).labelsCrossed).toBe(1);
  });

  it("measures space use edge to edge as one", () => {
    const boxes = [{ left: -10, right: 10, top: -10, bottom: 10 }];
    const p = { x: Float64Array.of(50), y: Float64Array.of(50) };
    expect(spaceUse(p, boxes, { width: 36, height: 116 })).toEqual({ width: 1, height: 0.2 });
  });
});
