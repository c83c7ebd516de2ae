import { describe, expect, it } from "vitest";
import { withDeadline } from "../../../src/data/withDeadline";

describe("withDeadline", () => {
  it("gives the answer when it comes in time", async () => {
    expect(await withDeadline(Promise.resolve("answer"), 50, () => "late")).toBe("answer");
  });

  it("ends a wait that would never end", async () => {
    const started = performance.now();
    expect(await withDeadline(new Promise<string>(() => {}), 50, () => "late")).toBe("late");
    expect(performance.now() - started).toBeLessThan(500);
  });
});
