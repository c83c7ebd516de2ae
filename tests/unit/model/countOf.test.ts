// @vitest-environment node
import { describe, expect, it } from "vitest";
import { countOf, listedCount } from "../../../src/model/countOf";

describe("countOf", () => {
  it("words a count by the language's plural rules, not by n === 1", () => {
    expect(countOf(1, "tie")).toBe("1 tie");
    expect(countOf(0, "tie")).toBe("0 ties");
    expect(countOf(2, "tie")).toBe("2 ties");
    expect(countOf(1, "country", "countries")).toBe("1 country");
    expect(countOf(1200, "country", "countries")).toBe("1,200 countries");
  });
});

describe("listedCount", () => {
  it("never leaves a single item behind “and 1 more”", () => {
    expect(listedCount(8, 8)).toBe(8);
    expect(listedCount(9, 8)).toBe(9);
    expect(listedCount(10, 8)).toBe(8);
    expect(listedCount(3, 8)).toBe(3);
  });
});
