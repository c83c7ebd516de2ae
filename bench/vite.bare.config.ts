import { fileURLToPath } from "node:url";
import { mergeConfig } from "vite";
import app from "../vite.config";
import { bareOutDir } from "./bareOutDir";

/**
 * The bare React page, built exactly as the app is (the app's own config: one classic IIFE script,
 * relative base, same plugins), so that the difference between the two start-ups is the app's.
 */
export default mergeConfig(app, {
  root: fileURLToPath(new URL("./bare", import.meta.url)),
  publicDir: false,
  build: {
    outDir: bareOutDir,
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: "assets/bare-[hash].js" } },
  },
});
