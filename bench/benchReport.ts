import { drawableLimits } from "../src/model/schema";
import type { Machine } from "./machineInfo";
import type { FileWeight } from "./measurePage";
import type { Summary } from "./stats";

export type Viewport = { width: number; height: number };

export type MorphSummary = {
  worstGap: Summary | null;
  worstGapFromClick: Summary | null;
  clickToFirstFrame: Summary | null;
  fps: Summary | null;
  longestTask: Summary | null;
  failed: number;
};

export type ScaleRow = {
  nodes: number;
  ties: number;
  datasetBytes: number;
  runs: number;
  /** Runs that did not finish loading, or morphing, in time (their figures up to then still count). */
  timedOut: number;
  drawnAt: Summary | null;
  latticeAt: Summary | null;
  longestTask: Summary | null;
  longestTaskWhileLattice: Summary | null;
  /** The lattice request's round trip to the engine worker, ms. */
  latticeRoundTrip: Summary | null;
  morphClickToFirstFrame: Summary | null;
  morphFps: Summary | null;
  morphWorstGap: Summary | null;
};

export type BenchReport = {
  date: string;
  machine: Machine;
  settings: {
    runs: number;
    scaleRuns: number;
    throttle: number;
    phone: Viewport;
    desktop: Viewport;
    seed: number;
    gzipLevel: number;
    quietMs: number;
    /** How long a page may take to be drawn and laid out, and a morph to finish, before the run counts as timed out. */
    timeoutSeconds: number;
  };
  weight: {
    files: FileWeight[];
    /** What index.html references: the document, its scripts and stylesheets (the dataset is in the script). */
    initial: { files: string[]; bytes: number; gzip: number };
    total: { bytes: number; gzip: number };
  };
  load: {
    app: { drawnAt: Summary | null; latticeAt: Summary | null; longestTask: Summary | null };
    bare: { drawnAt: Summary | null; longestTask: Summary | null };
    /** Median longest task of the app minus the bare page's, ms. */
    longestTaskOverBare: number | null;
  };
  morph: { throttled: MorphSummary; normal: MorphSummary };
  scale: ScaleRow[];
  /** Runs that failed, with why. */
  failures: string[];
  /** The machine's load averages when the bench ended. */
  loadAverageAfter: number[];
};

export const targets = {
  initialGzip: 100 * 1024,
  longestTaskOverBare: 50,
  throttledMorphGap: 25,
  scaleFps: 55,
  scaleNodes: 1000,
  /** The most nodes the schema accepts: drawn with no task over 200 ms, morphed at 30 fps or more. */
  largestNodes: drawableLimits.nodes,
  largestFps: 30,
  largestTask: 200,
};

type Unit = { suffix: string; show?: (value: number) => string };
const msUnit: Unit = { suffix: "ms" };
const fpsUnit: Unit = { suffix: "fps" };
/** Long tasks are only reported past 50 ms: a run without one shows as "<50". */
const taskUnit: Unit = { suffix: "ms", show: (value) => (value === 0 ? "<50" : String(Math.round(value))) };
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const range = (summary: Summary | null, unit: Unit = msUnit) => {
  if (!summary) return "–";
  const show = unit.show ?? ((value: number) => String(Math.round(value)));
  const median = `${show(summary.median)} ${unit.suffix}`;
  return summary.runs === 1 ? median : `${median} (${show(summary.min)}–${show(summary.max)})`;
};
const mid = (summary: Summary | null, unit: Unit = msUnit) =>
  summary ? `${(unit.show ?? ((value: number) => String(Math.round(value))))(summary.median)} ${unit.suffix}` : "–";
const check = (ok: boolean) => (ok ? "✓" : "✗");
const within = (summary: Summary | null, limit: number) => (summary ? check(summary.median <= limit) : "");

/** The report as markdown: what the README shows and `npm run bench` prints. */
export function formatReport(report: BenchReport): string {
  const { settings, weight, load, morph, scale, machine } = report;
  const lines: string[] = [];
  const over = load.longestTaskOverBare;
  lines.push(
    `Measured ${report.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores; load average ${machine.loadAverage[0]} before, ${report.loadAverageAfter[0]} after), ${machine.chromium}.`,
    "",
    `**Default graphic**: ${settings.phone.width}×${settings.phone.height} viewport, CPU throttled ${settings.throttle}×; median of ${settings.runs} runs (min–max).`,
    "",
    "| measure | Latticework | bare React page | target |",
    "| --- | --- | --- | --- |",
    `| longest main-thread task while loading | ${range(load.app.longestTask, taskUnit)} | ${range(load.bare.longestTask, taskUnit)} | ≤ bare + ${targets.longestTaskOverBare} ms: ${over === null ? "–" : `${over >= 0 ? "+" : "−"}${ms(Math.abs(over))} ${check(over <= targets.longestTaskOverBare)}`} |`,
    `| drawn, from navigation | ${range(load.app.drawnAt)} | ${range(load.bare.drawnAt)} | |`,
    `| lattice laid out, from navigation | ${range(load.app.latticeAt)} | | |`,
    `| morph at ${settings.throttle}×: click to its first frame | ${range(morph.throttled.clickToFirstFrame)} | | |`,
    `| morph at ${settings.throttle}×: worst frame gap, click to last moving frame | ${range(morph.throttled.worstGapFromClick)} | | ≤ ${targets.throttledMorphGap} ms ${within(morph.throttled.worstGapFromClick, targets.throttledMorphGap)} |`,
    `| morph at ${settings.throttle}×: worst frame gap, first to last moving frame | ${range(morph.throttled.worstGap)} | | ≤ ${targets.throttledMorphGap} ms ${within(morph.throttled.worstGap, targets.throttledMorphGap)} |`,
    `| morph at ${settings.throttle}×: longest task from the click | ${range(morph.throttled.longestTask, taskUnit)} | | |`,
    `| morph at ${settings.throttle}×: frames per second | ${range(morph.throttled.fps, fpsUnit)} | | |`,
    `| morph at 1×: worst frame gap, click to last moving frame | ${range(morph.normal.worstGapFromClick)} | | every frame on time |`,
    `| morph at 1×: worst frame gap, first to last moving frame | ${range(morph.normal.worstGap)} | | every frame on time |`,
    `| morph at 1×: frames per second | ${range(morph.normal.fps, fpsUnit)} | | |`,
    "",
    `**Weight** of everything the default graphic loads (gzip level ${settings.gzipLevel}):`,
    "",
    "| file | type | bytes | gzipped | initial load |",
    "| --- | --- | ---: | ---: | --- |",
    ...weight.files.map(
      (file) =>
        `| \`${file.path}\` | ${file.type} | ${file.bytes.toLocaleString("en")} | ${kb(file.gzip)} | ${weight.initial.files.includes(file.path) ? "yes" : "no"} |`,
    ),
    `| **initial load** (document, JS, CSS; dataset inlined) | | ${weight.initial.bytes.toLocaleString("en")} | **${kb(weight.initial.gzip)}** | ≤ ${kb(targets.initialGzip)} ${check(weight.initial.gzip <= targets.initialGzip)} |`,
    `| everything | | ${weight.total.bytes.toLocaleString("en")} | ${kb(weight.total.gzip)} | |`,
    "",
    `**Scale**: seeded synthetic datasets (3 ties per node) loaded with \`?data=\`, ${settings.desktop.width}×${settings.desktop.height}, no throttling; median of ${settings.scaleRuns} runs. The lattice's round trip: from the request posted to the engine worker to its answer on the page.`,
    "",
    "| nodes | ties | drawn | lattice laid out | lattice round trip | … per n·log₂n | longest task (load) | longest task while the lattice is computed | click to first morph frame | morph | worst frame gap |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...scale.map((row) => {
      const trip = row.latticeRoundTrip;
      const perNLogN = trip ? `${((trip.median * 1000) / (row.nodes * Math.log2(row.nodes))).toFixed(1)} µs` : "–";
      const fpsTarget =
        row.nodes === targets.scaleNodes ? targets.scaleFps : row.nodes === targets.largestNodes ? targets.largestFps : null;
      const morphFps = row.morphFps
        ? `${mid(row.morphFps, fpsUnit)}${fpsTarget === null ? "" : ` ${check(row.morphFps.median >= fpsTarget)}`}`
        : "–";
      const taskCheck =
        row.nodes === targets.largestNodes && row.longestTask ? ` ${check(row.longestTask.median <= targets.largestTask)}` : "";
      const timedOut = row.timedOut > 0 ? ` (${row.timedOut}/${row.runs} timed out)` : "";
      const late = row.timedOut > 0 ? `> ${settings.timeoutSeconds} s` : "–";
      const orLate = (summary: Summary | null) => (summary ? mid(summary) : late);
      return `| ${row.nodes.toLocaleString("en")}${timedOut} | ${row.ties.toLocaleString("en")} | ${mid(row.drawnAt)} | ${orLate(row.latticeAt)} | ${orLate(trip)} | ${perNLogN} | ${mid(row.longestTask, taskUnit)}${taskCheck} | ${mid(row.longestTaskWhileLattice, taskUnit)} | ${mid(row.morphClickToFirstFrame)} | ${morphFps} | ${mid(row.morphWorstGap)} |`;
    }),
  );
  if (report.failures.length > 0)
    lines.push("", `Failed runs: ${report.failures.length}.`, ...report.failures.map((failure) => `- ${failure}`));
  return lines.join("\n");
}
