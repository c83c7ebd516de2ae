// @vitest-environment node
import { describe, expect, it } from "vitest";
import { maxZoom, pinch, zoomAround } from "../../../src/graph/zoomTransform";

const at = (t: { k: number; x: number; y: number }, px: number, py: number) => ({ x: t.x + px * t.k, y: t.y + py * t.k });

describe("pinch", () => {
  it("scales by the fingers' spread and keeps the point between them under them", () => {
    const start = { k: 1.5, x: -20, y: 10 };
    const from = [
      { x: 100, y: 100 },
      { x: 140, y: 100 },
    ] as const;
    const to = [
      { x: 60, y: 130 },
      { x: 140, y: 130 },
    ] as const;
    const t = pinch(start, from, to);
    expect(t.k).toBeCloseTo(3);
    // The drawing's point under the first midpoint (120, 100) is now under the new one (100, 130).
    const p = { x: (120 - start.x) / start.k, y: (100 - start.y) / start.k };
    expect(at(t, p.x, p.y).x).toBeCloseTo(100);
    expect(at(t, p.x, p.y).y).toBeCloseTo(130);
  });

  it("stops at the largest zoom", () => {
    const t = pinch(
      { k: 1, x: 0, y: 0 },
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 0 },
        { x: 1000, y: 0 },
      ],
    );
    expect(t.k).toBe(maxZoom);
  });
});

describe("zoomAround", () => {
  it("keeps the given point where it is on screen", () => {
    const t = zoomAround({ k: 1, x: 0, y: 0 }, 2, 50, 80);
    expect(at(t, 50, 80)).toEqual({ x: 50, y: 80 });
  });
});
