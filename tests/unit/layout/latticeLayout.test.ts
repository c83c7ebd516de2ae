import { describe, expect, it } from "vitest";
import { hubLayout } from "../../../src/layout/hubLayout";
import { latticeLayout } from "../../../src/layout/latticeLayout";
import { nodeMetrics } from "../../../src/layout/nodeMetrics";
import { shippedModel } from "../fixtures";
import { outside, overlappingBoxes, snapshotOf } from "./layoutAssertions";

const model = shippedModel();

describe("latticeLayout", () => {
  for (const size of [
    { width: 800, height: 550 },
    { width: 346, height: 415 },
  ]) {
    describe(`at ${size.width}×${size.height}`, () => {
      const metrics = nodeMetrics(model, size);
      const p = latticeLayout(model, size, metrics);
      const at = (id: string) => [p.x[model.nodeIndex.get(id)!]!, p.y[model.nodeIndex.get(id)!]!] as const;

      it("centres the lattice on the United States and Japan", () => {
        // Of all nodes, the two centres are the nearest to the middle of the drawing.
        const cx = p.x.reduce((a, b) => a + b, 0) / p.x.length;
        const cy = p.y.reduce((a, b) => a + b, 0) / p.y.length;
        const byDistance = model.nodes
          .map((node) => node.id)
          .sort((a, b) => Math.hypot(at(a)[0] - cx, at(a)[1] - cy) - Math.hypot(at(b)[0] - cx, at(b)[1] - cy));
        expect(byDistance.slice(0, 3)).toEqual(expect.arrayContaining(["us", "japan"]));
      });

      it("keeps labels from overlapping and inside the container", () => {
        expect(overlappingBoxes(p, metrics).map(([i, j]) => `${model.nodes[i]!.id}/${model.nodes[j]!.id}`)).toEqual([]);
        expect(outside(p, metrics, size)).toEqual([]);
      });

      it("differs substantially from the hub order", () => {
        const hub = hubLayout(model, size, metrics);
        const moved = model.nodes.filter(
          (_, i) => Math.hypot(p.x[i]! - hub.x[i]!, p.y[i]! - hub.y[i]!) > Math.min(size.width, size.height) * 0.05,
        );
        expect(moved.length).toBeGreaterThan(model.nodes.length / 2);
      });

      it("puts Japan beside the United States, nearer than any other ally", () => {
        const fromUs = (id: string) => Math.hypot(at(id)[0] - at("us")[0], at(id)[1] - at("us")[1]);
        for (const id of ["south-korea", "australia", "philippines"]) expect(fromUs("japan"), id).toBeLessThan(fromUs(id));
      });
    });
  }

  it("is deterministic: seeded and ticked by hand", () => {
    const size = { width: 800, height: 550 };
    const a = latticeLayout(model, size, nodeMetrics(model, size));
    const b = latticeLayout(shippedModel(), size, nodeMetrics(model, size));
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
  });

  it("depends on its seed: another seed settles elsewhere, the same seed in the same place", () => {
    const size = { width: 810, height: 556 };
    const metrics = nodeMetrics(model, size);
    const one = latticeLayout(model, size, metrics, { seed: 1 });
    const again = latticeLayout(model, size, metrics, { seed: 7 });
    const same = latticeLayout(model, size, metrics, { seed: 7 });
    const moved = Math.max(...Array.from(one.x, (x, i) => Math.hypot(x - again.x[i]!, one.y[i]! - again.y[i]!)));
    expect(moved).toBeGreaterThan(10);
    expect(Array.from(same.x)).toEqual(Array.from(again.x));
    expect(Array.from(same.y)).toEqual(Array.from(again.y));
  });

  it("matches its snapshot at 800×550", () => {
    const size = { width: 800, height: 550 };
    expect(
      snapshotOf(
        latticeLayout(model, size, nodeMetrics(model, size)),
        model.nodes.map((n) => n.id),
      ),
    ).toMatchSnapshot();
  });
});
