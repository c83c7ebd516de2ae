import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { bareOutDir } from "../bench/bareOutDir";
import { formatReport, type BenchReport, type MorphSummary, type ScaleRow } from "../bench/benchReport";
import { gzipLevel } from "../bench/gzipSize";
import { machineInfo } from "../bench/machineInfo";
import { morphToLattice, openPage, type FileWeight, type LoadSample, type MorphSample, type PageOptions } from "../bench/measurePage";
import { referencedAssets } from "../bench/referencedAssets";
import { summarize } from "../bench/stats";
import { syntheticDataset } from "../bench/syntheticDataset";
import { launchChromium } from "./launchChromium";
import { serveStatic } from "./staticServer";

/**
 * `npm run bench`: builds the app and a bare React page the same way, serves both, and measures
 * them in the system Chromium (see README, "Performance"). Progress goes to stderr; the markdown
 * table to stdout; the figures to bench/results/latest.json.
 */
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "scale-runs": { type: "string", default: "3" },
    sizes: { type: "string", default: "100,300,1000,3000,5000" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "bench/results/latest.json" },
    "skip-build": { type: "boolean", default: false },
    /** Seconds a scale run may take to load, and to morph, before it counts as timed out. */
    timeout: { type: "string", default: "60" },
    /** A directory for Chromium traces: one extra run of each kind (default graphic, each size), not counted. */
    trace: { type: "string" },
  },
});
const runs = Number(args.runs);
const scaleRuns = Number(args["scale-runs"]);
const sizes = args.sizes.split(",").map(Number);
const seed = Number(args.seed);
const timeoutMs = Number(args.timeout) * 1000;
if (![runs, scaleRuns, seed, timeoutMs, ...sizes].every((value) => Number.isInteger(value) && value > 0)) {
  console.error(
    "Usage: npm run bench -- [--runs 5] [--scale-runs 3] [--sizes 100,300,1000,3000,5000] [--seed 1] [--timeout 60] [--out file.json] [--skip-build] [--trace dir]",
  );
  process.exit(2);
}
const throttle = 4;
const quietMs = 1000;
const phone = { width: 360, height: 640 };
const desktop = { width: 1280, height: 800 };
const log = (message: string) => process.stderr.write(`${message}\n`);

function run(command: string, commandArgs: string[]) {
  log(`$ ${command} ${commandArgs.join(" ")}`);
  const result = spawnSync(command, commandArgs, { stdio: ["ignore", 2, 2] });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

if (!args["skip-build"]) {
  run("npm", ["run", "build"]);
  run("npx", ["vite", "build", "--config", "bench/vite.bare.config.ts", "--logLevel", "warn"]);
}

const datasets = sizes.map((nodes) => {
  const dataset = syntheticDataset({ nodes, seed });
  return { nodes, dataset, text: JSON.stringify(dataset), path: `/datasets/synthetic-${nodes}-seed-${seed}.json` };
});
const app = await serveStatic("dist", {
  prefix: "/graphics/latticework/",
  routes: Object.fromEntries(datasets.map(({ path, text }) => [path, ["application/json; charset=utf-8", text]])),
});
const bare = await serveStatic(bareOutDir, { prefix: "/bare/" });
const browser = await launchChromium();
const machine = machineInfo(`Chromium ${browser.version()}`);
const failures: string[] = [];

type Measured = { load: LoadSample; morph: MorphSample | null };
type MeasureOptions = PageOptions & { morph: boolean; morphTimeout: number; traceName?: string };

/**
 * One fresh page: load, then (for the app) morph to the lattice; null, with the reason kept, when
 * it failed or timed out. With `--trace`, the named runs are recorded as Chromium traces.
 */
async function measure(label: string, url: string, { traceName, ...options }: MeasureOptions): Promise<Measured | null> {
  const tracePath = args.trace && traceName ? join(args.trace, `${traceName}.json`) : undefined;
  const startTrace = tracePath ? (page: Page) => browser.startTracing(page, { path: tracePath, screenshots: false }) : undefined;
  let opened: Awaited<ReturnType<typeof openPage>> | undefined;
  try {
    if (args.trace) mkdirSync(args.trace, { recursive: true });
    opened = await openPage(browser, url, { ...options, ...(startTrace ? { onPage: startTrace } : {}) });
    if (!opened.load.complete) {
      const reason = `not ${options.kind === "app" ? "drawn and laid out" : "rendered"} within ${options.timeout / 1000} s`;
      failures.push(`${label}: ${reason}`);
      log(`  ${label}: ${reason}`);
      return { load: opened.load, morph: null };
    }
    const morph = options.morph ? await morphToLattice(opened.page, options.morphTimeout) : null;
    return { load: opened.load, morph };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    failures.push(`${label}: ${reason}`);
    log(`  ${label}: failed (${reason})`);
    return null;
  } finally {
    if (tracePath) await browser.stopTracing().catch(() => undefined);
    await opened?.close();
  }
}

const morphSummary = (samples: (Measured | null)[]): MorphSummary => {
  const morphs = samples.flatMap((sample) => (sample?.morph ? [sample.morph] : []));
  return {
    worstGap: summarize(morphs.map((m) => m.measure?.worstGap)),
    worstGapFromClick: summarize(morphs.map((m) => m.measure?.worstGapFromClick)),
    clickToFirstFrame: summarize(morphs.map((m) => m.measure?.clickToFirstFrame)),
    fps: summarize(morphs.map((m) => m.measure?.fps)),
    longestTask: summarize(morphs.map((m) => m.longestTask)),
    failed: samples.length - morphs.filter((m) => m.measure).length,
  };
};

const appThrottled: (Measured | null)[] = [];
const bareThrottled: (Measured | null)[] = [];
const appNormal: (Measured | null)[] = [];
const pageOptions = { context: { viewport: phone, deviceScaleFactor: 1 }, timeout: timeoutMs, quiet: quietMs, morphTimeout: timeoutMs };
// Interleaved, so that whatever else the machine is doing weighs on the app and the bare page alike.
// With --trace, one extra run of each kind is recorded first and left out of the figures.
const first = args.trace ? -1 : 0;
for (let r = first; r < runs; r++) {
  if (r < 0) {
    log("default graphic, traced run");
    await measure("traced app run", app.url, { ...pageOptions, kind: "app", throttle, morph: true, traceName: "default-4x" });
    continue;
  }
  log(`default graphic, run ${r + 1} of ${runs}`);
  appThrottled.push(await measure(`app ${throttle}× run ${r + 1}`, app.url, { ...pageOptions, kind: "app", throttle, morph: true }));
  bareThrottled.push(await measure(`bare ${throttle}× run ${r + 1}`, bare.url, { ...pageOptions, kind: "bare", throttle, morph: false }));
  appNormal.push(await measure(`app 1× run ${r + 1}`, app.url, { ...pageOptions, kind: "app", throttle: 1, morph: true }));
}

const scale: ScaleRow[] = [];
for (const { nodes, dataset, text, path } of datasets) {
  const samples: (Measured | null)[] = [];
  for (let r = first; r < scaleRuns; r++) {
    const options: MeasureOptions = {
      context: { viewport: desktop },
      kind: "app",
      throttle: 1,
      timeout: timeoutMs,
      quiet: 500,
      morph: true,
      morphTimeout: timeoutMs,
    };
    const url = `${app.url}?data=${encodeURIComponent(path)}`;
    if (r < 0) {
      log(`${nodes} nodes, traced run`);
      await measure(`traced ${nodes} nodes run`, url, { ...options, traceName: `synthetic-${nodes}` });
      continue;
    }
    log(`${nodes} nodes, run ${r + 1} of ${scaleRuns}`);
    samples.push(await measure(`${nodes} nodes run ${r + 1}`, url, options));
  }
  // A run that ran out of time still says when the graph was drawn and how long the tasks were.
  const loads = samples.flatMap((sample) => (sample ? [sample.load] : []));
  const morphs = samples.flatMap((sample) => (sample?.morph?.measure ? [sample.morph.measure] : []));
  scale.push({
    nodes,
    ties: dataset.ties.length,
    datasetBytes: text.length,
    runs: scaleRuns,
    timedOut: samples.filter((sample) => !sample?.morph?.measure).length,
    drawnAt: summarize(loads.map((load) => load.drawnAt)),
    latticeAt: summarize(loads.map((load) => load.latticeAt)),
    longestTask: summarize(loads.map((load) => load.longestTask)),
    longestTaskWhileLattice: summarize(loads.map((load) => load.longestTaskWhileLattice)),
    latticeRoundTrip: summarize(loads.map((load) => load.latticeRoundTrip)),
    morphClickToFirstFrame: summarize(morphs.map((m) => m.clickToFirstFrame)),
    morphFps: summarize(morphs.map((m) => m.fps)),
    morphWorstGap: summarize(morphs.map((m) => m.worstGap)),
  });
}

await browser.close();
await app.close();
await bare.close();

// The initial load is what the built index.html references (the same rule as the budget test).
const { scripts, stylesheets } = referencedAssets(readFileSync("dist/index.html", "utf8"));
const initialPaths = [new URL(app.url).pathname, ...[...scripts, ...stylesheets].map((ref) => new URL(ref, app.url).pathname)];
const rank = (file: FileWeight) => (initialPaths.includes(file.path) ? initialPaths.indexOf(file.path) : initialPaths.length);
const files = [...(appThrottled.find((sample) => sample !== null)?.load.files ?? [])].sort(
  (a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path),
);
const initial = files.filter((file) => initialPaths.includes(file.path));
const completed = (samples: (Measured | null)[]) => samples.flatMap((sample) => (sample?.load.complete ? [sample.load] : []));
const appLoad = completed(appThrottled);
const bareLoad = completed(bareThrottled);
const appLongest = summarize(appLoad.map((load) => load.longestTask));
const bareLongest = summarize(bareLoad.map((load) => load.longestTask));

const report: BenchReport = {
  date: new Date().toISOString(),
  machine,
  settings: { runs, scaleRuns, throttle, phone, desktop, seed, gzipLevel, quietMs, timeoutSeconds: timeoutMs / 1000 },
  weight: {
    files,
    initial: {
      files: initial.map((file) => file.path),
      bytes: initial.reduce((sum, file) => sum + file.bytes, 0),
      gzip: initial.reduce((sum, file) => sum + file.gzip, 0),
    },
    total: { bytes: files.reduce((sum, file) => sum + file.bytes, 0), gzip: files.reduce((sum, file) => sum + file.gzip, 0) },
  },
  load: {
    app: {
      drawnAt: summarize(appLoad.map((load) => load.drawnAt)),
      latticeAt: summarize(appLoad.map((load) => load.latticeAt)),
      longestTask: appLongest,
    },
    bare: { drawnAt: summarize(bareLoad.map((load) => load.drawnAt)), longestTask: bareLongest },
    longestTaskOverBare: appLongest && bareLongest ? appLongest.median - bareLongest.median : null,
  },
  morph: { throttled: morphSummary(appThrottled), normal: morphSummary(appNormal) },
  scale,
  failures,
  loadAverageAfter: loadavg().map((load) => Math.round(load * 100) / 100),
};

mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
log(`Wrote ${args.out}`);
process.stdout.write(`${formatReport(report)}\n`);
