import { describe, expect, it } from "vitest";
import { fitAxes } from "../../../src/layout/fitAxes";
import { spaceUse } from "../../../src/layout/quality/spaceUse";
import { overlappingBoxes } from "./layoutAssertions";

describe("fitAxes", () => {
  const boxes = Array.from({ length: 4 }, () => ({ left: -20, right: 20, top: -6, bottom: 16 }));
  const metrics = { radius: new Float64Array(4), label: [], fontSize: new Float64Array(4), box: boxes };
  // A tall, narrow drawing whose boxes just clear each other.
  const p = { x: Float64Array.of(0, 41, 0, 41), y: Float64Array.of(0, 0, 23, 23) };

  it("stretches each axis on its own until the drawing spans the frame's width and height", () => {
    const size = { width: 600, height: 200 };
    const fitted = fitAxes(p, boxes, size, 100);
    const use = spaceUse(fitted, boxes, size);
    expect(use.width).toBeCloseTo(1, 6);
    expect(use.height).toBeCloseTo(1, 6);
  });

  it("keeps boxes that were clear of each other clear", () => {
    const fitted = fitAxes(p, boxes, { width: 600, height: 200 }, 100);
    expect(overlappingBoxes(fitted, metrics)).toEqual([]);
  });

  it("stops at the largest scale it is allowed", () => {
    const size = { width: 600, height: 200 };
    const use = spaceUse(fitAxes(p, boxes, size, 2), boxes, size);
    expect(use.width).toBeCloseTo((2 * 41 + 40) / (600 - 16), 6);
  });
});
