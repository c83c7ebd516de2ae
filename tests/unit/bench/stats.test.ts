import { describe, expect, it } from "vitest";
import { median, summarize } from "../../../bench/stats";

describe("stats", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("summarizes the runs that measured something", () => {
    expect(summarize([30, null, 10.04, undefined, 20, NaN])).toEqual({ median: 20, min: 10.04, max: 30, runs: 3, values: [30, 10, 20] });
    expect(summarize([null, undefined])).toBeNull();
  });
});
