import { describe, expect, it } from "vitest";
import { dimmedNode, dimmedTie, hullFillOpacity, tieDashes } from "../../../src/graph/markStyle";
import { paintGraph, type GraphPicture } from "../../../src/graph/paintGraph";
import { tieStyles } from "../../../src/model/tieStyle";
import { buildGraphModel } from "../../../src/model/graphModel";
import type { Target } from "../../../src/model/neighbourhood";
import { shippedModel, tinyDataset } from "../fixtures";
import { hasSegment, recordingCanvas } from "./recordingCanvas";
import { testPalette } from "./testPalette";
import { picture } from "./testPicture";

const ends = (p: GraphPicture, t: number) => {
  const [a, b] = p.model.tieMembers[t] as [number, number];
  return [
    [p.x[a]!, p.y[a]!],
    [p.x[b]!, p.y[b]!],
  ] as [[number, number], [number, number]];
};

describe("paintGraph", () => {
  it("strokes every bilateral tie present in the scenario with its state's colour, width and dash", () => {
    const model = shippedModel();
    for (const scenario of ["biden", "trump"]) {
      const p = picture(model, { scenario });
      const { ctx, paints } = recordingCanvas();
      paintGraph(ctx, p, testPalette);
      model.ties.forEach((tie, t) => {
        if (model.tieMembers[t]!.length !== 2) return;
        const state = tie.status[scenario]!;
        const stroke = paints.find(
          (paint) => paint.op === "stroke" && paint.strokeStyle === testPalette.states[state] && hasSegment(paint.path, ...ends(p, t)),
        );
        expect(stroke, `${tie.id} under ${scenario}`).toBeDefined();
        expect(stroke!.lineWidth).toBe(tieStyles[state].width);
        expect(stroke!.dash).toEqual(tieDashes[state]);
        expect(stroke!.alpha).toBe(1);
      });
    }
  });

  it("strokes the ties of one state and opacity in one call, not one per tie", () => {
    const model = shippedModel();
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, picture(model, { scenario: "biden", view: "hub" }), testPalette);
    const tieStrokes = paints.filter((paint) => paint.op === "stroke" && Object.values(testPalette.states).includes(paint.strokeStyle));
    const groups = new Set(
      model.ties.flatMap((tie, t) => (model.tieMembers[t]!.length === 2 ? [`${tie.status.biden}@${model.isSpoke[t]}`] : [])),
    );
    const hulls = model.tieMembers.filter((members) => members.length > 2).length;
    expect(tieStrokes.length).toBe(groups.size + hulls);
    expect(groups.size).toBeLessThan(model.ties.length - hulls);
  });

  it("draws no tie that is absent in the scenario", () => {
    const model = buildGraphModel(tinyDataset());
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, picture(model, { scenario: "later" }), testPalette);
    // hub-a-c is absent later: no outline around it.
    expect(paints.some((paint) => paint.path.some((part) => part.type === "arc" && part.r === 33))).toBe(false);
    const { ctx: now, paints: nowPaints } = recordingCanvas();
    paintGraph(now, picture(model, { scenario: "now" }), testPalette);
    const hullFill = nowPaints.find((paint) => paint.op === "fill" && paint.fillStyle === testPalette.states.deepening);
    expect(hullFill?.alpha).toBeCloseTo(hullFillOpacity);
    expect(hullFill?.path.filter((part) => part.type === "arc")).toHaveLength(3);
  });

  it("draws a sealed tie as a double rule: its stroke, then a narrower one in the surface colour", () => {
    const model = buildGraphModel(tinyDataset());
    const p = picture(model, { scenario: "later" });
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, p, testPalette);
    const onTie = paints.filter((paint) => paint.op === "stroke" && hasSegment(paint.path, ...ends(p, model.tieIndex.get("a-b")!)));
    expect(onTie.map((paint) => [paint.strokeStyle, paint.lineWidth])).toEqual([
      [testPalette.states.institutionalized, 6],
      [testPalette.surface, 2],
    ]);
  });

  it("faints the lattice's ties in the hub order and keeps the spokes in full", () => {
    const model = shippedModel();
    const p = picture(model, { view: "hub" });
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, p, testPalette);
    const alphaOf = (id: string) =>
      paints.find((paint) => paint.op === "stroke" && hasSegment(paint.path, ...ends(p, model.tieIndex.get(id)!)))?.alpha;
    expect(alphaOf("us-japan")).toBe(1);
    expect(alphaOf("japan-south-korea")).toBeCloseTo(0.1);
  });

  it("dims what the selection leaves out, rings the selected tie, and leaves its members in full", () => {
    const model = shippedModel();
    const selected: Target = { kind: "tie", index: model.tieIndex.get("us-japan")! };
    const p = picture(model, { selected });
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, p, testPalette);
    const strokesOf = (id: string) =>
      paints.filter((paint) => paint.op === "stroke" && hasSegment(paint.path, ...ends(p, model.tieIndex.get(id)!)));
    expect(strokesOf("us-japan").map((paint) => [paint.strokeStyle, paint.alpha])).toEqual([
      [testPalette.hot, 0.22],
      [testPalette.states.deepening, 1],
    ]);
    expect(strokesOf("us-china")[0]!.alpha).toBeCloseTo(dimmedTie);
    const label = (text: string) => paints.find((paint) => paint.op === "fillText" && paint.text === text)!;
    expect(label("Japan").alpha).toBe(1);
    expect(label("United States").alpha).toBe(1);
    expect(label("China").alpha).toBe(dimmedNode);
    const chinaShape = paints.find(
      (paint) =>
        paint.op === "fill" &&
        paint.fillStyle === testPalette.rival &&
        paint.path.some((part) => part.x === p.x[model.nodeIndex.get("china")!]),
    );
    expect(chinaShape?.alpha).toBe(dimmedNode);
  });

  it("rings a selected node in the highlight colour", () => {
    const model = shippedModel();
    const i = model.nodeIndex.get("japan")!;
    const p = picture(model, { selected: { kind: "node", index: i } });
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, p, testPalette);
    const ring = paints.find((paint) => paint.op === "stroke" && paint.strokeStyle === testPalette.hot);
    expect(ring?.path).toContainEqual({ type: "arc", x: p.x[i], y: p.y[i], r: p.metrics.radius[i]! + 5, start: 0, end: 2 * Math.PI });
  });

  it("labels every labelled node under its shape, with a halo first, and skips empty labels", () => {
    const model = shippedModel();
    const p = picture(model);
    p.metrics.label[model.nodeIndex.get("brunei")!] = "";
    const { ctx, paints } = recordingCanvas();
    paintGraph(ctx, p, testPalette);
    const fills = paints.filter((paint) => paint.op === "fillText");
    const halos = paints.filter((paint) => paint.op === "strokeText");
    expect(fills.map((paint) => paint.text)).toEqual(p.metrics.label.filter(Boolean));
    expect(halos.map((paint) => paint.text)).toEqual(fills.map((paint) => paint.text));
    expect(halos[0]!.strokeStyle).toBe(testPalette.surface);
    expect(paints.indexOf(halos[0]!)).toBeLessThan(paints.indexOf(fills[0]!));
    const us = fills.find((paint) => paint.text === "United States")!;
    expect(us.at![0]).toBe(p.x[model.hub]);
    expect(us.at![1]).toBeGreaterThan(p.y[model.hub]! + p.metrics.radius[model.hub]!);
    expect(us.font).toBe(`700 15px ${testPalette.sans}`);
    expect(fills.find((paint) => paint.text === "China")!.fillStyle).toBe(testPalette.rivalInk);
  });

  it("paints in the zoomed frame and leaves the context as it found it", () => {
    const model = buildGraphModel(tinyDataset());
    const p = { ...picture(model), zoom: { k: 2, x: -50, y: 30 } };
    const { ctx, paints, calls } = recordingCanvas();
    paintGraph(ctx, p, testPalette);
    expect(paints.every((paint) => paint.transform.k === 2 && paint.transform.x === -50 && paint.transform.y === 30)).toBe(true);
    expect(calls[0]).toBe("save");
    expect(calls.at(-1)).toBe("restore");
  });
});
