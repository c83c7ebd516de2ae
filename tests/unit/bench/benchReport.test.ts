import { describe, expect, it } from "vitest";
import { formatReport, type BenchReport } from "../../../bench/benchReport";

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
        nodes: 3000,
        ties: 9000,
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
        nodes: 5000,
        ties: 15000,
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

const rowOf = (markdown: string, start: string) => markdown.split("\n").find((line) => line.startsWith(start)) ?? "";

describe("formatReport", () => {
  const markdown = formatReport(report());

  it("compares the app's longest task with the bare page's, against the target", () => {
    expect(rowOf(markdown, "| longest main-thread task while loading")).toBe(
      "| longest main-thread task while loading | 230 ms (200–260) | 150 ms (140–170) | ≤ bare + 50 ms: +80 ms ✗ |",
    );
  });

  it("checks the throttled morph's worst gaps, with and without the click, and says when no task passed 50 ms", () => {
    expect(rowOf(markdown, "| morph at 4×: worst frame gap, first to last")).toContain("| 20 ms (17–33) | | ≤ 25 ms ✓ |");
    expect(rowOf(markdown, "| morph at 4×: worst frame gap, click to last")).toContain("| 120 ms (90–150) | | ≤ 25 ms ✗ |");
    expect(rowOf(markdown, "| morph at 4×: longest task from the click")).toContain("| <50 ms (<50–<50) |");
  });

  it("lists every file with whether the initial load needs it, and checks the budget", () => {
    expect(rowOf(markdown, "| `/app/assets/engine.worker.js`")).toBe("| `/app/assets/engine.worker.js` | script | 54,000 | 17.6 KB | no |");
    expect(rowOf(markdown, "| **initial load**")).toContain("**88.3 KB** | ≤ 100.0 KB ✓ |");
  });

  it("shows the scale curve with timeouts, the lattice's round trip per n·log₂n and the 1,000-node fps target", () => {
    const perNLogN = ((5000 * 1000) / (1000 * Math.log2(1000))).toFixed(1);
    expect(rowOf(markdown, "| 1,000")).toBe(
      `| 1,000 (1/3 timed out) | 3,000 | 4000 ms | 9000 ms | 5000 ms | ${perNLogN} µs | 2000 ms | <50 ms | 500 ms | 12 fps ✗ | 300 ms |`,
    );
  });

  it("keeps what a timed-out size measured and says the lattice took longer than the timeout", () => {
    expect(rowOf(markdown, "| 3,000")).toBe(
      "| 3,000 (3/3 timed out) | 9,000 | 7000 ms | > 60 s | > 60 s | – | 4000 ms | 300 ms | – | – | – |",
    );
  });

  it("holds the schema's largest dataset to its task and frame-rate targets", () => {
    const perNLogN = ((15000 * 1000) / (5000 * Math.log2(5000))).toFixed(1);
    expect(rowOf(markdown, "| 5,000")).toBe(
      `| 5,000 | 15,000 | 5000 ms | 20000 ms | 15000 ms | ${perNLogN} µs | 180 ms ✓ | <50 ms | 100 ms | 28 fps ✗ | 60 ms |`,
    );
  });

  it("names the machine and the failed runs", () => {
    expect(markdown).toContain("Test CPU (2 cores; load average 1.5 before, 2 after), Chromium 1");
    expect(markdown).toContain("- 1000 nodes run 2: the page did not settle within 60000 ms");
  });
});
