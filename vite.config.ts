import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Vite emits `<script type="module" crossorigin>` and `<link crossorigin>`. In an
 * `<iframe sandbox="allow-scripts">` the document's origin is opaque, so both become CORS requests
 * that a plain static host (no CORS headers) fails. The app is therefore built as one classic
 * script (IIFE), deferred, and the tags are rewritten without those attributes.
 */
function classicScripts(): Plugin {
  return {
    name: "latticework:classic-scripts",
    apply: "build",
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
          .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=')
          .replace(/<link rel="modulepreload"[^>]*>/g, ""),
    },
  };
}

/**
 * A published page carries its dataset inlined (scripts/publish.ts fills the markers of
 * index.html). The dev server inlines the shipped dataset the same way, with no prerendered
 * picture or layouts: the app draws from scratch and asks the engine for the lattice. The id is
 * src/publish/inlinedIds.ts's `datasetScriptId` (spelled out: Vite's config loader takes no
 * extensionless imports of TypeScript).
 */
function devDataset(): Plugin {
  return {
    name: "latticework:dev-dataset",
    apply: "serve",
    transformIndexHtml: (html) =>
      html.replace(
        "<!--latticework:data-->",
        () =>
          `<script type="application/json" id="latticework-dataset">${readFileSync("data/indo-pacific.json", "utf8").replace(/</g, "\\u003c")}</script>`,
      ),
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), classicScripts(), devDataset()],
  worker: {
    format: "iife",
    rolldownOptions: {
      // The extras script renders with the page's React (see src/extras/shareReact.ts).
      external: ["react", "react/jsx-runtime"],
      output: {
        entryFileNames: "assets/[name]-[hash].js",
        globals: { react: "__latticeworkShared.react", "react/jsx-runtime": "__latticeworkShared.jsx" },
      },
    },
  },
  build: {
    target: "es2020",
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        format: "iife",
        entryFileNames: "assets/latticework-[hash].js",
        assetFileNames: "assets/[name]-[hash][extname]",
      },
    },
  },
});
