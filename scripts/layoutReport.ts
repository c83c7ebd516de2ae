import { readFileSync } from "node:fs";
import { syntheticDataset } from "../bench/syntheticDataset";
import type { LayoutQuality } from "../src/layout/quality/layoutQuality";
import { graphAreas, type Viewport } from "../src/layout/quality/graphAreas";
import { pictureQuality } from "../src/layout/quality/pictureQuality";
import { buildGraphModel } from "../src/model/graphModel";
import type { Dataset } from "../src/model/schema";
import type { View } from "../src/model/vocabulary";

/**
 * `npm run layout-report`: how well each view uses its frame and how legible it is, for the
 * shipped dataset and synthetic ones, beside a plain d3-force layout of the same data.
 * Options: --viewports 390×844,1280×800 --sizes 100,300 (synthetic node counts).
 */
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const viewports = option("viewports", "390×844,1280×800")
  .split(",")
  .map((v) => v.replace("x", "×")) as Viewport[];
for (const viewport of viewports)
  if (!(viewport in graphAreas)) throw new Error(`unknown viewport ${viewport}; known: ${Object.keys(graphAreas).join(", ")}`);
const datasets: [string, Dataset][] = [
  ["shipped", JSON.parse(readFileSync("data/indo-pacific.json", "utf8")) as Dataset],
  ...option("sizes", "100,300")
    .split(",")
    .map((n): [string, Dataset] => [`synthetic ${n}`, syntheticDataset({ nodes: Number(n) })]),
];

const columns: [string, (q: LayoutQuality) => string][] = [
  ["width", (q) => `${Math.round(q.space.width * 100)}%`],
  ["height", (q) => `${Math.round(q.space.height * 100)}%`],
  ["crossings", (q) => String(q.crossings)],
  ["min angle", (q) => `${Math.round(q.minCrossingAngle)}°`],
  ["min dist", (q) => `${Math.round(q.minNodeDistance)} px`],
  ["label×label", (q) => String(q.labelOverlaps)],
  ["label×node", (q) => String(q.labelNodeOverlaps)],
  ["labels crossed", (q) => String(q.labelsCrossed)],
];
const rows: string[][] = [["dataset", "frame", "view", ...columns.map(([name]) => `${name} ours | plain`)]];
for (const [name, dataset] of datasets) {
  const model = buildGraphModel(dataset);
  for (const viewport of viewports) {
    const size = graphAreas[viewport];
    for (const view of ["hub", "lattice"] as View[]) {
      const { ours, plain } = pictureQuality(model, size, view);
      rows.push([
        `${name} (${model.nodes.length})`,
        `${viewport} (${size.width}×${size.height})`,
        view,
        ...columns.map(([, show]) => `${show(ours)} | ${show(plain)}`),
      ]);
    }
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
console.log(
  "\nFrames are the graph's box at each viewport. Ties a view only traces faintly are not counted; groups count by their outline. 'plain' is d3-force with default forces, seeded, fitted to the same frame.",
);
