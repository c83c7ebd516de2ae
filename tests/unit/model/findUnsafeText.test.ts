import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../../src/model/isCalendarDate";
import { findUnsafeText, unsafeTextMessage } from "../../../src/model/findUnsafeText";
import { validateDataset } from "../../../src/model/validateDataset";
import { tinyDataset } from "../fixtures";

describe("unsafe text in the data", () => {
  it("refuses C0 and C1 control characters, naming the character and its position", () => {
    expect(unsafeTextMessage("Ja\u0000pan", false)).toBe(
      "contains the control character U+0000 (NUL) at position 3; remove it (tabs and line breaks are allowed only in descriptions, summaries, quotes and facts)",
    );
    expect(unsafeTextMessage("\u0007Bell", false)).toMatch(/U\+0007 \(BEL\) at position 1/);
    expect(unsafeTextMessage("🇯🇵\u001b[31m", false)).toMatch(/U\+001B \(ESC\) at position 3/); // a flag is two characters
    expect(unsafeTextMessage("next\u0085line", true)).toMatch(/U\+0085 \(NEXT LINE\) at position 5/);
    expect(unsafeTextMessage("del\u007f", true)).toMatch(/U\+007F \(DELETE\)/);
  });

  it("lets tabs and line breaks through in prose, not in labels", () => {
    expect(unsafeTextMessage("one\n\ttwo", true)).toBeNull();
    expect(unsafeTextMessage("one\ntwo", false)).toMatch(/U\+000A \(LINE FEED\) at position 4/);
    expect(unsafeTextMessage("one\r\ntwo", true)).toMatch(/U\+000D/);
  });

  it("refuses text with no visible character, and accepts any script", () => {
    expect(unsafeTextMessage("\u200b\u200b", false)).toBe("has no visible character (only U+200B (ZERO WIDTH SPACE))");
    expect(unsafeTextMessage("\u200b \u2060\ufeff", false)).toMatch(
      /only U\+200B \(ZERO WIDTH SPACE\), U\+0020, U\+2060 \(WORD JOINER\), …/,
    );
    expect(unsafeTextMessage("\u3164", false)).toMatch(/HANGUL FILLER/);
    expect(unsafeTextMessage("\u0301", false)).toMatch(/no visible character/);
    for (const label of ["Japan", "日本", "إسرائيل", "עברית", "\u2067عربي\u2069", "🇯🇵", "a\u200bb"])
      expect(unsafeTextMessage(label, false), label).toBeNull();
  });

  it("walks every string of a dataset and reports each by its path", () => {
    const data = tinyDataset() as unknown as { nodes: { label: string }[]; ties: { summary: string; quotes: { text: string }[] }[] };
    data.nodes[1]!.label = "\u200b";
    data.ties[0]!.summary = "Tabs\tand\nbreaks are prose.";
    data.ties[0]!.quotes[0]!.text = "beep\u0007";
    expect(findUnsafeText(data)).toEqual([
      { path: "nodes[1].label", message: expect.stringMatching(/^has no visible character/) },
      { path: "ties[0].quotes[0].text", message: "contains the control character U+0007 (BEL) at position 5; remove it" },
    ]);
    const result = validateDataset(data);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(["nodes[1].label", "ties[0].quotes[0].text"]);
  });
});

describe("dates", () => {
  it("are real calendar dates", () => {
    for (const ok of ["2024-06-25", "2024-02-29", "2000-02-29", "1999-12-31"]) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ["2024-13-45", "2023-02-29", "1900-02-29", "2024-04-31", "2024-00-10", "2024-01-00", "24-01-01"])
      expect(isCalendarDate(bad), bad).toBe(false);
  });

  it("are refused by the validator when they do not exist", () => {
    const data = tinyDataset() as unknown as { meta: { asOf: string; source: { date: string } } };
    data.meta.asOf = "2024-13-45";
    data.meta.source.date = "2023-02-29";
    const result = validateDataset(data);
    expect(!result.ok && result.errors).toEqual([
      { path: "meta.source.date", message: expect.stringContaining("must be a real calendar date") },
      { path: "meta.asOf", message: expect.stringContaining("must be a real calendar date") },
    ]);
  });
});
