import { describe, expect, it } from "vitest";
import { nodeMetrics } from "../../../src/layout/nodeMetrics";
import { drawnSegments } from "../../../src/layout/quality/drawnSegments";
import { segmentsCross } from "../../../src/layout/quality/segments";
import { reduceCrossings } from "../../../src/layout/reduceCrossings";
import { buildGraphModel } from "../../../src/model/graphModel";
import { tinyDataset } from "../fixtures";

const crossingsOf = (model: ReturnType<typeof buildGraphModel>, p: { x: Float64Array; y: Float64Array }) => {
  const s = drawnSegments(model, p, new Float64Array(model.ties.length).fill(1));
  let count = 0;
  for (let a = 0; a < s.length; a++)
    for (let b = a + 1; b < s.length; b++) if (s[a]!.tie !== s[b]!.tie && segmentsCross(s[a]!, s[b]!)) count++;
  return count;
};

describe("reduceCrossings", () => {
  const dataset = tinyDataset();
  const tie = dataset.ties[0]!;
  dataset.ties = [
    { ...tie, id: "hub-b", members: ["hub", "b"] },
    { ...tie, id: "a-c", members: ["a", "c"] },
  ];
  const model = buildGraphModel(dataset);
  const size = { width: 600, height: 500 };
  const metrics = nodeMetrics(model, size);
  // hub, a, b, c on the corners of a square, r far off: the two ties are its diagonals.
  const p = { x: Float64Array.of(200, 400, 400, 200, 550), y: Float64Array.of(100, 100, 300, 300, 450) };

  it("moves a node until its ties cross nothing, leaving pinned nodes where they are", () => {
    expect(crossingsOf(model, p)).toBe(1);
    const out = reduceCrossings(model, p, metrics.box, (i) => metrics.radius[i]!, size, [0, 1]);
    expect(crossingsOf(model, out)).toBe(0);
    expect([out.x[0], out.y[0], out.x[1], out.y[1]]).toEqual([200, 100, 400, 100]);
  });

  it("is deterministic", () => {
    const a = reduceCrossings(model, p, metrics.box, (i) => metrics.radius[i]!, size, []);
    const b = reduceCrossings(model, p, metrics.box, (i) => metrics.radius[i]!, size, []);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
  });
});
