import { describe, expect, it } from "vitest";
import { convexHull } from "../../../src/graph/convexHull";
import { hullPath } from "../../../src/graph/hullPath";

describe("convexHull", () => {
  it("keeps the corners and drops inner points", () => {
    const hull = convexHull([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [5, 5],
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual([5, 5]);
  });
});

describe("hullPath", () => {
  it("draws one closed outline around a group, padded on every side", () => {
    const d = hullPath(
      [
        [0, 0],
        [100, 0],
        [50, 80],
      ],
      10,
    );
    expect(d.startsWith("M")).toBe(true);
    expect(d.endsWith("Z")).toBe(true);
    expect(d.match(/A/g)).toHaveLength(3);
    const numbers = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const xs = numbers.map(([x]) => x);
    const ys = numbers.map(([, y]) => y);
    expect(Math.min(...xs)).toBeCloseTo(-10 * Math.sin(Math.atan2(80, 50)), 0);
    expect(Math.min(...ys)).toBeCloseTo(-10, 6);
    expect(Math.max(...xs)).toBeLessThanOrEqual(110);
  });

  it("bulges outwards at the corners (sweep in the traversal's direction)", () => {
    expect(
      hullPath(
        [
          [0, 0],
          [100, 0],
          [50, 80],
        ],
        10,
      ),
    ).toMatch(/A10,10 0 0,1 /);
  });

  it("draws a circle for one point and a capsule for two", () => {
    expect(hullPath([[5, 5]], 4)).toBe("M1,5a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z");
    expect(
      hullPath(
        [
          [0, 0],
          [10, 0],
        ],
        4,
      ).match(/A/g),
    ).toHaveLength(2);
  });
});
