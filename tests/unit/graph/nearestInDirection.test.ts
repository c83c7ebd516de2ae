// @vitest-environment node
import { describe, expect, it } from "vitest";
import { nearestInDirection } from "../../../src/graph/nearestInDirection";

// 0 at the centre; 1 right and down; 2 far right, level; 3 above; 4 left; 5 hidden (NaN).
const points = [100, 100, 140, 150, 200, 100, 100, 40, 50, 100, NaN, NaN];

describe("nearestInDirection", () => {
  it("prefers a point within 45° of the direction to a nearer one further off to the side", () => {
    expect(nearestInDirection(points, 0, "ArrowRight")).toBe(2);
  });
  it("finds the one point in a direction, and none where nothing lies ahead", () => {
    expect(nearestInDirection(points, 0, "ArrowUp")).toBe(3);
    expect(nearestInDirection(points, 0, "ArrowLeft")).toBe(4);
    expect(nearestInDirection(points, 0, "ArrowDown")).toBe(1);
    expect(nearestInDirection(points, 4, "ArrowLeft")).toBe(-1);
  });
  it("skips points marked as not there", () => {
    expect(nearestInDirection([0, 0, NaN, NaN, 0, 50], 0, "ArrowDown")).toBe(2);
  });
});
