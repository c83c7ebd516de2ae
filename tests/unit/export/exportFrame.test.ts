import { describe, expect, it } from "vitest";
import { exportContent } from "../../../src/export/exportContent";
import { estimateWidth, exportFrame, frameMargin, swatchGap, swatchWidth, type TextBlock } from "../../../src/export/exportFrame";
import { shippedModel } from "../fixtures";

const content = () => {
  const model = shippedModel();
  return exportContent(model, "lattice", "trump", { kind: "tie", index: model.tieIndex.get("us-japan")! });
};
const lineWidth = (block: TextBlock, k: number) =>
  block.lines[k]!.runs.reduce((sum, run) => sum + estimateWidth(run.text, block.style, run.bold || block.style.weight >= 600), 0);

describe("exportFrame", () => {
  it.each([
    [810, 556],
    [319, 383],
  ])("keeps the graph at its on-screen size (%i × %i) inside an even margin", (width, height) => {
    const frame = exportFrame(content(), { width, height });
    const margin = frameMargin({ width, height });
    expect(frame.graph).toEqual({ x: margin, y: frame.graph.y, width, height });
    expect(frame.width).toBe(width + 2 * margin);
    expect(Number.isInteger(frame.height) && Number.isInteger(frame.graph.y)).toBe(true);
  });

  it("stacks title, graph, caption, key and credit without overlap, the credit last", () => {
    const frame = exportFrame(content(), { width: 810, height: 556 });
    const { title, graph, caption, legend, credit } = frame;
    const bottom = (block: TextBlock) => block.lines.at(-1)!.baseline;
    expect(title.lines[0]!.baseline).toBeGreaterThan(frameMargin(graph));
    expect(bottom(title)).toBeLessThan(graph.y);
    expect(caption.lines[0]!.baseline - caption.style.size).toBeGreaterThan(graph.y + graph.height);
    expect(legend.items[0]!.y - 10).toBeGreaterThan(bottom(caption));
    expect(credit.lines[0]!.baseline - credit.style.size).toBeGreaterThan(legend.items.at(-1)!.y);
    expect(frame.height).toBeGreaterThan(bottom(credit));
    expect(frame.height - bottom(credit)).toBeLessThan(2 * frameMargin(graph));
  });

  it("wraps text to the graph's width, and tightens title and margins for a phone", () => {
    const wide = exportFrame(content(), { width: 810, height: 556 });
    const narrow = exportFrame(content(), { width: 319, height: 383 });
    for (const frame of [wide, narrow]) {
      for (const block of [frame.title, frame.caption, frame.credit]) {
        block.lines.forEach((_, k) => expect(lineWidth(block, k)).toBeLessThanOrEqual(frame.graph.width));
      }
    }
    expect(narrow.caption.lines.length).toBeGreaterThan(wide.caption.lines.length);
    expect(narrow.title.style.size).toBeLessThan(wide.title.style.size);
    expect(narrow.title.lines.length).toBe(2);
  });

  it("flows the key into rows within the frame, roles and states on rows of their own", () => {
    const frame = exportFrame(content(), { width: 319, height: 383 });
    const { items, style } = frame.legend;
    for (const { entry, x, labelX } of items) {
      expect(labelX).toBe(x + swatchWidth[entry.type] + swatchGap);
      expect(labelX + estimateWidth(entry.label, style)).toBeLessThanOrEqual(frame.graph.x + frame.graph.width);
    }
    const rowOf = (type: "role" | "state") => items.filter((item) => item.entry.type === type).map((item) => item.y);
    expect(Math.max(...rowOf("role"))).toBeLessThan(Math.min(...rowOf("state")));
    expect(new Set(rowOf("state")).size).toBeGreaterThan(1);
  });
});
