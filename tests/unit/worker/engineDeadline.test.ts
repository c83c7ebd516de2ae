// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { askEngine } from "../../../src/worker/engineClient";

describe("askEngine", () => {
  it("answers within its deadline even when the engine never does", async () => {
    // jsdom has no Worker and loads no scripts: the engine this asks can never answer.
    const started = performance.now();
    const response = await askEngine({ type: "validate", text: "{}" }, 80);
    expect(response).toMatchObject({ type: "error", message: "the engine did not answer within 0.08 s" });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
