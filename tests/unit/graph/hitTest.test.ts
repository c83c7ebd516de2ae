import { describe, expect, it } from "vitest";
import { hitTest, type HitScene } from "../../../src/graph/hitTest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { tinyDataset } from "../fixtures";

// hub (0,0), a (100,0), b (0,100), c (100,100), r (-100,0); ties: hub-a, hub-b, a-b, hub-a-c (group), hub-r.
function scene(overrides: Partial<HitScene> = {}): HitScene {
  const model = buildGraphModel(tinyDataset());
  return {
    model,
    scenario: "now",
    x: Float64Array.from([0, 100, 0, 100, -100]),
    y: Float64Array.from([0, 0, 100, 100, 0]),
    radius: Float64Array.from([10, 6, 6, 4, 5]),
    tieOpacity: new Float64Array(5).fill(1),
    hullPad: Float64Array.from([0, 0, 0, 20, 0]),
    zoom: { k: 1, x: 0, y: 0 },
    ...overrides,
  };
}
const id = (s: HitScene, target: ReturnType<typeof hitTest>) =>
  target && (target.kind === "node" ? s.model.nodes[target.index]!.id : s.model.ties[target.index]!.id);

describe("hitTest", () => {
  it("finds a node under the pointer, before any tie through it", () => {
    const s = scene();
    expect(id(s, hitTest(s, 2, 3))).toBe("hub");
    expect(id(s, hitTest(s, 100, 114))).toBe("c");
  });

  it("finds a line within 12 px of the pointer, the nearest first", () => {
    const s = scene();
    expect(id(s, hitTest(s, 50, 11))).toBe("hub-a");
    expect(id(s, hitTest(s, 50, 47))).toBe("a-b");
    expect(hitTest(s, -50, 60)).toBeNull();
  });

  it("finds a group by its padded outline", () => {
    const s = scene();
    expect(id(s, hitTest(s, 112, 50))).toBe("hub-a-c");
  });

  it("ignores faint traces and absent ties", () => {
    // a–b is a faint trace: the point falls through it to the group behind.
    const faint = scene({ tieOpacity: Float64Array.from([1, 1, 0.1, 1, 1]) });
    expect(id(faint, hitTest(faint, 50, 47))).toBe("hub-a-c");
    const later = scene({ scenario: "later" });
    expect(hitTest(later, 112, 50)).toBeNull();
  });

  it("reads the pointer through the zoom", () => {
    const s = scene({ zoom: { k: 2, x: 10, y: 20 }, hullPad: new Float64Array(5) });
    expect(id(s, hitTest(s, 210, 220))).toBe("c");
    // The slop stays 12 screen pixels: 6 graph pixels at twice the size.
    expect(id(s, hitTest(s, 110, 20 - 2 * 5))).toBe("hub-a");
    expect(hitTest(s, 110, 20 - 2 * 8)).toBeNull();
  });
});
