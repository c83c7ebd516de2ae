import { describe, expect, it } from "vitest";
import { crossingAngle, rectOverlap, segmentHitsRect, segmentsCross, type Segment } from "../../../../src/layout/quality/segments";

const seg = (x1: number, y1: number, x2: number, y2: number, tie = 0, ends: number[] = []): Segment => ({ x1, y1, x2, y2, tie, ends });

describe("segments", () => {
  it("counts an X as a crossing, with its angle", () => {
    expect(segmentsCross(seg(0, 0, 10, 10), seg(0, 10, 10, 0))).toBe(true);
    expect(crossingAngle(seg(0, 0, 10, 10), seg(0, 10, 10, 0))).toBeCloseTo(90, 9);
    expect(crossingAngle(seg(0, 0, 10, 0), seg(0, 0, 10, 10))).toBeCloseTo(45, 9);
  });

  it("does not count segments that share an end, touch or miss", () => {
    expect(segmentsCross(seg(0, 0, 10, 10), seg(10, 10, 20, 0))).toBe(false);
    expect(segmentsCross(seg(0, 0, 10, 0), seg(5, 0, 5, 10))).toBe(false);
    expect(segmentsCross(seg(0, 0, 10, 0), seg(0, 5, 10, 5))).toBe(false);
  });

  it("finds a segment through a rectangle, not one passing by", () => {
    const rect = { x0: 10, y0: 10, x1: 20, y1: 14 };
    expect(segmentHitsRect(seg(0, 12, 30, 12), rect)).toBe(true);
    expect(segmentHitsRect(seg(15, 0, 15, 11), rect)).toBe(true);
    expect(segmentHitsRect(seg(0, 0, 30, 5), rect)).toBe(false);
    expect(segmentHitsRect(seg(0, 14, 30, 14), rect)).toBe(false);
  });

  it("measures the area two rectangles share", () => {
    expect(rectOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 20, y1: 20 })).toBe(25);
    expect(rectOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0);
  });
});
