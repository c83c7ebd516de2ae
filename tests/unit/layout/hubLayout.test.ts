import { describe, expect, it } from "vitest";
import { hubLayout } from "../../../src/layout/hubLayout";
import { nodeMetrics } from "../../../src/layout/nodeMetrics";
import { shippedModel } from "../fixtures";
import { outside, overlappingBoxes, snapshotOf } from "./layoutAssertions";

const model = shippedModel();
const sizes = [
  { width: 800, height: 550 },
  { width: 346, height: 415 },
  { width: 1600, height: 1100 },
];

describe("hubLayout", () => {
  for (const size of sizes) {
    describe(`at ${size.width}×${size.height}`, () => {
      const metrics = nodeMetrics(model, size);
      const p = hubLayout(model, size, metrics);
      const at = (id: string) => [p.x[model.nodeIndex.get(id)!]!, p.y[model.nodeIndex.get(id)!]!] as const;
      const [hx, hy] = at("us");
      const distance = (id: string) => Math.hypot(at(id)[0] - hx, at(id)[1] - hy);

      it("puts the allies at one distance from the hub, evenly spaced", () => {
        const allies = ["japan", "south-korea", "australia", "philippines"];
        const r = allies.map(distance);
        for (const d of r) expect(d).toBeCloseTo(r[0]!, 6);
        const angles = allies.map((id) => Math.atan2(at(id)[1] - hy, at(id)[0] - hx)).sort((a, b) => a - b);
        const gaps = angles.map((a, k) => (k === 0 ? a + 2 * Math.PI - angles.at(-1)! : a - angles[k - 1]!));
        for (const gap of gaps) expect(gap).toBeCloseTo(Math.PI / 2, 6);
      });

      it("keeps partners and rivals outside the allies' ring", () => {
        const ring = distance("japan");
        for (const node of model.nodes)
          if (node.role === "partner" || node.role === "rival") expect(distance(node.id), node.id).toBeGreaterThan(ring * 1.4);
      });

      it("groups the rivals together", () => {
        const angle = (id: string) => Math.atan2(at(id)[1] - hy, at(id)[0] - hx);
        const rivals = ["china", "north-korea", "russia"].map(angle);
        const spread = Math.max(
          ...rivals.map((a) => Math.max(...rivals.map((b) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)))))),
        );
        expect(spread).toBeLessThan(Math.PI * 0.75);
      });

      it("places the Philippines' partners on its side of the hub", () => {
        const [px, py] = at("philippines");
        const side = (id: string) => (at(id)[0] - hx) * (px - hx) + (at(id)[1] - hy) * (py - hy);
        for (const id of ["eu", "india", "vietnam", "brunei", "uk"]) expect(side(id), id).toBeGreaterThan(0);
      });

      it("keeps every label clear of the others and inside the container", () => {
        expect(overlappingBoxes(p, metrics).map(([i, j]) => `${model.nodes[i]!.id}/${model.nodes[j]!.id}`)).toEqual([]);
        expect(outside(p, metrics, size)).toEqual([]);
      });
    });
  }

  it("is a pure function: the same input gives the same positions", () => {
    const size = sizes[0]!;
    const a = hubLayout(model, size, nodeMetrics(model, size));
    const b = hubLayout(shippedModel(), size, nodeMetrics(model, size));
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
  });

  it("matches its snapshot at 800×550", () => {
    const size = sizes[0]!;
    expect(
      snapshotOf(
        hubLayout(model, size, nodeMetrics(model, size)),
        model.nodes.map((n) => n.id),
      ),
    ).toMatchSnapshot();
  });
});
