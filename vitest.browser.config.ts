import { defineConfig } from "vitest/config";

/** Browser tests: scenarios in Node driving the system Chromium against the production build. */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // What a scenario waits for may need the engine worker or the extras script to load first; on a
    // busy CI machine that takes more than expect.poll's default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
