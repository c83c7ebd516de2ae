import { afterEach, vi } from "vitest";
import { extrasGlobal } from "../../src/extras/extrasApi";

// In the app, the extras (export, canvas, Embed dialog, table rows, dataset loading) come as a
// second script loaded on first use; the tests take them in place.
vi.mock("../../src/extras/loadExtras", async () => {
  await import("../../src/extras/extras.entry");
  return { loadExtras: async () => (globalThis as Record<string, unknown>)[extrasGlobal] };
});

// DOM matchers and cleanup only where there is a DOM: a test in Node need not load them.
if (typeof document !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => cleanup());
}
