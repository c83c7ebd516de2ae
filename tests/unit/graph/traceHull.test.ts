import { describe, expect, it } from "vitest";
import type { Point } from "../../../src/graph/convexHull";
import { traceHull } from "../../../src/graph/traceHull";
import { recordingCanvas, type PathPart } from "./recordingCanvas";

function trace(points: Point[], pad: number): PathPart[] {
  const { ctx, paints } = recordingCanvas();
  ctx.beginPath();
  traceHull(ctx, points, pad);
  ctx.stroke();
  return paints[0]!.path;
}

const triangle: Point[] = [
  [0, 0],
  [100, 0],
  [50, 80],
  [50, 20],
];

describe("traceHull", () => {
  it("goes round the hull's corners by arcs of the padding, turning one full turn in all", () => {
    const path = trace(triangle, 10);
    const arcs = path.filter((part) => part.type === "arc");
    expect(arcs.map((arc) => [arc.x, arc.y, arc.r])).toEqual(
      expect.arrayContaining([
        [100, 0, 10],
        [50, 80, 10],
        [0, 0, 10],
      ]),
    );
    // Each arc turns the way the canvas draws it (clockwise on screen) by less than half a turn.
    const turns = arcs.map((arc) => (((arc.end - arc.start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
    for (const turn of turns) expect(turn).toBeLessThan(Math.PI);
    expect(turns.reduce((a, b) => a + b)).toBeCloseTo(2 * Math.PI);
  });

  it("joins each arc to the edge before it, every straight part pushed out by the padding", () => {
    const path = trace(triangle, 10);
    for (let k = 1; k < path.length; k++) {
      const part = path[k]!;
      if (part.type !== "arc") continue;
      const previous = path[k - 1]!;
      expect(part.x + 10 * Math.cos(part.start)).toBeCloseTo(previous.x);
      expect(part.y + 10 * Math.sin(part.start)).toBeCloseTo(previous.y);
    }
    const ys = path.filter((part) => part.type !== "arc").map((part) => part.y);
    expect(Math.min(...ys)).toBeCloseTo(-10);
  });

  it("draws a circle around a single point and nothing for none", () => {
    expect(trace([[5, 5]], 4)).toEqual([
      { type: "move", x: 9, y: 5 },
      { type: "arc", x: 5, y: 5, r: 4, start: 0, end: 2 * Math.PI },
    ]);
    expect(trace([], 4)).toEqual([]);
  });
});
