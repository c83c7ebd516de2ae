import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { extrasGlobal } from "../../src/extras/extrasApi";

// In the app, the extras (export, canvas, Embed dialog, table rows, dataset loading) come as a
// second script loaded on first use; jsdom loads no scripts, so the tests take them in place.
vi.mock("../../src/extras/loadExtras", async () => {
  await import("../../src/extras/extras.entry");
  return { loadExtras: async () => (globalThis as Record<string, unknown>)[extrasGlobal] };
});

afterEach(() => cleanup());
