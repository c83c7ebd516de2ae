import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../../../bench/syntheticDataset";
import { paintGraphLight, tiesInFlight } from "../../../src/graph/paintGraphLight";
import { buildGraphModel } from "../../../src/model/graphModel";
import { recordingCanvas } from "./recordingCanvas";
import { testPalette } from "./testPalette";
import { picture } from "./testPicture";

/** Line segments stroked in the states' colours: the ties' lines (a group counts one per member). */
function tieLines(paints: ReturnType<typeof recordingCanvas>["paints"]): number {
  const stateColours = new Set(Object.values(testPalette.states));
  return paints
    .filter((paint) => paint.op === "stroke" && stateColours.has(paint.strokeStyle))
    .reduce((sum, paint) => sum + paint.path.filter((part) => part.type === "line").length, 0);
}

function paint(model: ReturnType<typeof buildGraphModel>, inFlight: boolean) {
  const canvas = recordingCanvas();
  const rect = (x: number, y: number, w: number) => {
    canvas.ctx.moveTo(x, y);
    canvas.ctx.lineTo(x + w, y);
  };
  paintGraphLight(Object.assign(canvas.ctx, { rect }), picture(model, { scenario: "calm" }), testPalette, inFlight);
  return canvas.paints;
}

describe("paintGraphLight", () => {
  const large = buildGraphModel(syntheticDataset({ nodes: 3000 }));
  const small = buildGraphModel(syntheticDataset({ nodes: 300 }));

  it("draws at most its budget of ties in a frame of motion, and every tie at rest", () => {
    const atRest = tieLines(paint(large, false));
    const inFlight = tieLines(paint(large, true));
    expect(large.ties.length).toBeGreaterThan(2 * tiesInFlight);
    expect(atRest).toBeGreaterThanOrEqual(large.ties.length * 0.9);
    // Groups draw a line per member: the budget counts ties, so allow for them.
    expect(inFlight).toBeLessThanOrEqual(tiesInFlight * 1.3);
    expect(inFlight).toBeGreaterThan(tiesInFlight * 0.5);
  });

  it("draws every tie of a network within the budget, moving or not", () => {
    expect(tieLines(paint(small, true))).toBe(tieLines(paint(small, false)));
  });
});
