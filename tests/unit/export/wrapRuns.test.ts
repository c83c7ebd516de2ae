import { describe, expect, it } from "vitest";
import type { TextRun } from "../../../src/export/exportContent";
import { wrapRuns } from "../../../src/export/wrapRuns";

/** One unit per character, two for a bold one: easy to check by eye. */
const measure = (text: string, bold: boolean) => text.length * (bold ? 2 : 1);
const width = (line: TextRun[]) => line.reduce((sum, run) => sum + measure(run.text, run.bold), 0);
const plain = (text: string): TextRun => ({ text, bold: false });
const bold = (text: string): TextRun => ({ text, bold: true });

describe("wrapRuns", () => {
  it("keeps a short text on one line", () => {
    expect(wrapRuns([plain("a short line")], 40, measure)).toEqual([[plain("a short line")]]);
  });

  it("breaks at spaces, every line within the width, no word lost or split", () => {
    const text = "the allies are tying themselves to one another and to partners beyond the hub";
    const lines = wrapRuns([plain(text)], 20, measure);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(20);
    expect(lines.map((line) => line.map((run) => run.text).join("")).join(" ")).toBe(text);
    // Each line is as full as it can be: the next line's first word would not have fitted.
    lines.slice(0, -1).forEach((line, k) => {
      const next = lines[k + 1]![0]!.text.split(" ")[0]!;
      expect(width(line) + 1 + next.length).toBeGreaterThan(20);
    });
  });

  it("keeps each run's weight, measures bold as bold, and merges runs of one weight on a line", () => {
    const lines = wrapRuns([bold("Lattice."), plain(" Every tie drawn."), bold(" Trump."), plain(" Pressure.")], 40, measure);
    expect(lines).toEqual([
      [bold("Lattice."), plain(" Every tie drawn.")],
      [bold("Trump."), plain(" Pressure.")],
    ]);
  });

  it("never breaks between runs that touch without a space", () => {
    const lines = wrapRuns([plain("aaaa bbbb"), bold("cc"), plain("dd eeee")], 10, measure);
    expect(lines).toEqual([[plain("aaaa")], [plain("bbbb"), bold("cc"), plain("dd")], [plain("eeee")]]);
  });

  it("gives a word longer than the line a line of its own, and collapses runs of spaces", () => {
    expect(wrapRuns([plain("a   Trump-proofed   b")], 6, measure)).toEqual([[plain("a")], [plain("Trump-proofed")], [plain("b")]]);
    expect(wrapRuns([plain("   ")], 6, measure)).toEqual([]);
  });
});
