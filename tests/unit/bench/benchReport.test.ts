import { describe, expect, it } from "vitest";
import { formatReport, targets, type BenchReport, type ScaleRow } from "../../../bench/benchReport";

const summary = (median: number, min = median, max = median, runs = 5) => ({ median, min, max, runs });
const morph = {
  worstGap: summary(20, 17, 33),
  worstGapFromClick: summary(120, 90, 150),
  clickToFirstFrame: summary(120),
  fps: summary(58),
  longestTask: summary(0, 0, 0),
  failed: 0,
};

function report(): BenchReport {
  return {
    date: "2026-01-02T03:04:05.000Z",
    machine: { cpu: "Test CPU", cores: 2, memoryGb: 4, os: "linux", node: "v20", chromium: "Chromium 1", loadAverage: [1.5, 1, 1] },
    settings: {
      runs: 5,
      scaleRuns: 3,
      throttle: 4,
      phone: { width: 360, height: 640 },
      desktop: { width: 1280, height: 800 },
      seed: 1,
      gzipLevel: 9,
      quietMs: 1000,
      timeoutSeconds: 60,
    },
    weight: {
      files: [
        { path: "/app/", type: "document", bytes: 800, gzip: 450 },
        { path: "/app/assets/app.js", type: "script", bytes: 290_000, gzip: 90_000 },
        { path: "/app/assets/engine.worker.js", type: "script", bytes: 54_000, gzip: 18_000 },
      ],
      initial: { files: ["/app/", "/app/assets/app.js"], bytes: 290_800, gzip: 90_450 },
      total: { bytes: 344_800, gzip: 108_450 },
    },
    load: {
      app: { drawnAt: summary(900), latticeAt: summary(1100), longestTask: summary(230, 200, 260) },
      bare: { drawnAt: summary(500), longestTask: summary(150, 140, 170) },
      longestTaskOverBare: 80,
    },
    morph: { throttled: morph, normal: { ...morph, worstGap: summary(17) } },
    scale: [
      {
        nodes: 1000,
        ties: 3000,
        datasetBytes: 900_000,
        runs: 3,
        timedOut: 1,
        drawnAt: summary(4000, 3900, 4100, 2),
        latticeAt: summary(9000, 8000, 10000, 2),
        longestTask: summary(2000, 1900, 2100, 2),
        longestTaskWhileLattice: summary(0, 0, 0, 2),
        latticeRoundTrip: summary(5000, 4000, 6000, 2),
        morphClickToFirstFrame: summary(500, 400, 600, 2),
        morphFps: summary(12, 10, 14, 2),
        morphWorstGap: summary(300, 250, 350, 2),
      },
      {
        nodes: 2000,
        ties: 6000,
        datasetBytes: 2_700_000,
        runs: 3,
        timedOut: 3,
        drawnAt: summary(7000, 6900, 7100, 3),
        latticeAt: null,
        longestTask: summary(4000, 3900, 4100, 3),
        longestTaskWhileLattice: summary(300, 200, 400, 3),
        latticeRoundTrip: null,
        morphClickToFirstFrame: null,
        morphFps: null,
        morphWorstGap: null,
      },
      {
        nodes: targets.largestNodes,
        ties: targets.largestNodes * 3,
        datasetBytes: 4_500_000,
        runs: 3,
        timedOut: 0,
        drawnAt: summary(5000, 4900, 5100, 3),
        latticeAt: summary(20000, 19000, 21000, 3),
        longestTask: summary(180, 170, 190, 3),
        longestTaskWhileLattice: summary(0, 0, 0, 3),
        latticeRoundTrip: summary(15000, 14000, 16000, 3),
        morphClickToFirstFrame: summary(100, 90, 110, 3),
        morphFps: summary(28, 27, 29, 3),
        morphWorstGap: summary(60, 50, 70, 3),
      },
    ],
    failures: ["1000 nodes run 2: the page did not settle within 60000 ms"],
    loadAverageAfter: [2, 1, 1],
  };
}

/** The report's verdicts in a row of its tables: what it is for, whatever the layout of its cells. */
const verdictsIn = (markdown: string, start: string) =>
  [...(markdown.split("\n").find((line) => line.startsWith(start)) ?? "")].filter((c) => c === "✓" || c === "✗");
const scaleRow = (nodes: number) => `| ${nodes.toLocaleString("en")} `;

describe("formatReport", () => {
  it("judges the app's longest task against the bare page's", () => {
    const over = report();
    expect(verdictsIn(formatReport(over), "| longest main-thread task while loading")).toEqual(["✗"]);
    over.load.longestTaskOverBare = targets.longestTaskOverBare;
    expect(verdictsIn(formatReport(over), "| longest main-thread task while loading")).toEqual(["✓"]);
  });

  it("judges the initial load against its budget", () => {
    const heavy = report();
    expect(verdictsIn(formatReport(heavy), "| **initial load**")).toEqual(["✓"]);
    heavy.weight.initial.gzip = targets.initialGzip + 1;
    expect(verdictsIn(formatReport(heavy), "| **initial load**")).toEqual(["✗"]);
  });

  it("holds the schema's largest dataset to its task and frame-rate targets, and only that size", () => {
    const largest = (change: Partial<ScaleRow>) => {
      const r = report();
      r.scale = r.scale.map((row) => (row.nodes === targets.largestNodes ? { ...row, ...change } : row));
      return verdictsIn(formatReport(r), scaleRow(targets.largestNodes));
    };
    const at = (median: number) => ({ median, min: median, max: median, runs: 3 });
    expect(largest({ longestTask: at(targets.largestTask), morphFps: at(targets.largestFps) })).toEqual(["✓", "✓"]);
    expect(largest({ longestTask: at(targets.largestTask + 1), morphFps: at(targets.largestFps - 1) })).toEqual(["✗", "✗"]);
    // A size in between is shown, not judged.
    expect(verdictsIn(formatReport(report()), scaleRow(2000))).toEqual([]);
  });

  it("says when a size ran out of time, and keeps what it measured until then", () => {
    const row = formatReport(report())
      .split("\n")
      .find((line) => line.startsWith("| 2,000"));
    expect(row).toContain("3/3 timed out");
    expect(row).toContain("> 60 s");
    expect(row).toContain("7000 ms");
  });

  it("names the machine, its load and the failed runs", () => {
    const markdown = formatReport(report());
    expect(markdown).toContain("Test CPU");
    expect(markdown).toMatch(/load average 1\.5 before, 2 after/);
    expect(markdown).toContain("1000 nodes run 2: the page did not settle within 60000 ms");
  });
});
