import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    // Pure modules are tested in Node; a file that needs a DOM says so on its first line
    // (`// @vitest-environment jsdom`): setting up jsdom costs each file about half a second.
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    restoreMocks: true,
    // Component tests lay the graph out for real; a busy CI machine must not turn that into a failure.
    testTimeout: 15_000,
  },
});
