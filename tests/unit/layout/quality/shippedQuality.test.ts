import { describe, expect, it } from "vitest";
import { graphAreas, type Viewport } from "../../../../src/layout/quality/graphAreas";
import { pictureQuality } from "../../../../src/layout/quality/pictureQuality";
import { shippedModel } from "../../fixtures";

const model = shippedModel();

/**
 * The shipped picture held to the figures `npm run layout-report` prints, so that a change that
 * makes it worse fails: the space it uses, labels clear of each other, no more crossings than a
 * plain force layout of the same data.
 */
describe("the shipped dataset's layouts", () => {
  for (const viewport of Object.keys(graphAreas) as Viewport[]) {
    const size = graphAreas[viewport];
    describe(`at ${viewport} (graph ${size.width}×${size.height})`, () => {
      const hub = pictureQuality(model, size, "hub");
      const lattice = pictureQuality(model, size, "lattice");

      it("the lattice fills at least 85% of the frame's width and of its height", () => {
        expect(lattice.ours.space.width).toBeGreaterThanOrEqual(0.85);
        expect(lattice.ours.space.height).toBeGreaterThanOrEqual(0.85);
      });

      it("the hub order fills at least 85% of the smaller side and 70% of the larger", () => {
        const [small, large] = size.width <= size.height ? (["width", "height"] as const) : (["height", "width"] as const);
        expect(hub.ours.space[small]).toBeGreaterThanOrEqual(0.85);
        expect(hub.ours.space[large]).toBeGreaterThanOrEqual(0.7);
      });

      it("no label overlaps another label or another node, in either view", () => {
        for (const { ours } of [hub, lattice]) {
          expect(ours.labelOverlaps).toBe(0);
          expect(ours.labelNodeOverlaps).toBe(0);
        }
      });

      if (viewport === "390×844" || viewport === "1280×800")
        it("no view crosses more ties than a plain force layout of the same data", () => {
          expect(hub.ours.crossings).toBeLessThanOrEqual(hub.plain.crossings);
          expect(lattice.ours.crossings).toBeLessThanOrEqual(lattice.plain.crossings);
        });
    });
  }
});
