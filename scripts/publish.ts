import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build, createServer } from "vite";
import { embedSnippet, embedUrls } from "../src/embed/embedSnippet";
import { hubLayout } from "../src/layout/hubLayout";
import { latticeLayout } from "../src/layout/latticeLayout";
import { nodeMetrics } from "../src/layout/nodeMetrics";
import type { Positions } from "../src/layout/types";
import { buildGraphModel } from "../src/model/graphModel";
import type { Dataset } from "../src/model/schema";
import { validateDatasetText } from "../src/model/validateDataset";
import { formatValidationError } from "../src/model/validationError";
import { framePage } from "../src/publish/inlinedIds";
import { pageMeta } from "../src/publish/pageMeta";
import type { prerenderPage as PrerenderPage } from "../src/publish/prerenderPage";
import { presetSizes, type PresetLayout } from "../src/publish/publishedLayouts";
import { composePage } from "./publishHtml";
import { renderImages } from "./renderImages";

/**
 * `npm run publish -- <dataset.json> --out <folder> [--url <public URL of the folder>]`: one
 * folder of static files that draws the dataset from any path on any plain static host — the page
 * with the dataset, its layouts and its prerendered picture inlined, the assets, a fallback and a
 * social image, the embed snippet, and the data itself.
 */
const usage = "Usage: npm run publish -- <dataset.json> --out <folder> [--url <public URL of the folder>] [--no-images]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, url: { type: "string" }, "no-images": { type: "boolean", default: false } },
});
const [file] = positionals;
if (!file || !values.out || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
let url: string | null = null;
if (values.url) {
  try {
    const parsed = new URL(values.url.endsWith("/") ? values.url : `${values.url}/`);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error("not http(s)");
    url = parsed.href;
  } catch {
    console.error(`--url must be the folder's absolute http(s) address, not "${values.url}"`);
    process.exit(2);
  }
}
const out = resolve(values.out);

const text = readFileSync(file, "utf8");
const result = validateDatasetText(text);
if (!result.ok) {
  console.error(`${file}: ${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}`);
  for (const error of result.errors) console.error(`  ${formatValidationError(error)}`);
  process.exit(1);
}
const dataset: Dataset = result.dataset;
const model = buildGraphModel(dataset);

// A tenth of a pixel is finer than any screen shows, and keeps the page's JSON small.
const round = (v: Float64Array) => Array.from(v, (x) => Math.round(x * 10) / 10);
const plain = (p: Positions) => ({ x: round(p.x), y: round(p.y) });
// Both orders at each preset size, laid out as the app lays them out (same seeded code, same
// label metrics): the page draws them with no layout engine.
const presets: PresetLayout[] = presetSizes.map((size) => {
  const metrics = nodeMetrics(model, size);
  return { size, hub: plain(hubLayout(model, size, metrics)), lattice: plain(latticeLayout(model, size, metrics)) };
});

// A production build whatever the caller's environment (a test runner sets NODE_ENV=test, which
// would build React's development code and the dev-server paths of the app).
process.env.NODE_ENV = "production";
await build({ mode: "production", logLevel: "warn", build: { outDir: out, emptyOutDir: true } });

// The app's components, rendered in Node through Vite (which knows what a stylesheet import is).
const server = await createServer({ logLevel: "warn", server: { middlewareMode: true, hmr: false }, appType: "custom" });
let picture: string;
let framePicture: string;
try {
  const { prerenderPage } = (await server.ssrLoadModule("/src/publish/prerenderPage.tsx")) as { prerenderPage: typeof PrerenderPage };
  picture = prerenderPage(dataset, presets, false);
  framePicture = prerenderPage(dataset, presets, true);
} finally {
  await server.close();
}

const meta = pageMeta(dataset);
if (!url)
  console.warn("publish: no --url given, so the page has no og:image (it must be absolute) and embed.html uses relative addresses.");
const template = readFileSync(join(out, "index.html"), "utf8");
const parts = { meta, url, dataset, layouts: presets };
writeFileSync(join(out, "index.html"), composePage(template, { ...parts, file: "", picture, embed: false }));
writeFileSync(join(out, framePage), composePage(template, { ...parts, file: framePage, picture: framePicture, embed: true }));
// The data as the editor wrote it, for the credit's "Get the data" link.
copyFileSync(file, join(out, "dataset.json"));

// The pictures are drawn by the published page itself, so they come before the snippet (which
// gives the frame's measured height).
const { embedHeight } = values["no-images"] ? { embedHeight: 1000 } : await renderImages(out);

const base = url ?? "https://publish.invalid/";
// Light is the embed's default theme: a dark reader's system must not put a black box in a light article.
const urls = embedUrls(
  base,
  { view: dataset.defaults.view, scenario: dataset.defaults.scenario, selection: null, theme: "light" },
  model,
  framePage,
);
const relative = (href: string) => (url ? href : href.replace(base, "./"));
const snippet = embedSnippet(
  { embed: relative(urls.embed), full: relative(urls.full), script: relative(urls.script) },
  meta.title,
  // The height the graphic takes in a 640-pixel column; embed.js corrects it to the frame's own
  // height as soon as the graphic loads.
  embedHeight,
  { src: relative(new URL("fallback.png", base).href), alt: meta.alt },
);
writeFileSync(join(out, "embed.html"), `${snippet}\n`);

console.log(`published ${file} to ${out}${url ? ` for ${url}` : ""}`);
