import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bareOutDir } from "../bench/bareOutDir";
import { firstFlight, paintProbe } from "../bench/firstPaint";
import { gzipSize } from "../bench/gzipSize";
import { summarize } from "../bench/stats";
import { launchChromium } from "./launchChromium";
import { serveStatic } from "./staticServer";

/**
 * `npx tsx scripts/benchFirstPaint.ts [--runs 5]` (after `npm run build` and the bare page's build,
 * as `npm run bench` makes them): the published graphic against the bare React page, each on a
 * fresh page at 4× CPU throttle, at 360×640 and 1280×800: first contentful paint, layout shift
 * until interactive, the longest task, and everything downloaded until idle (gzip -9), with the
 * HTML and CSS of the first flight.
 */
const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
if (!existsSync("dist/index.html") || !existsSync(join(bareOutDir, "index.html")))
  throw new Error("Build first: npm run build && npx vite build --config bench/vite.bare.config.ts");

const app = await serveStatic("dist", { prefix: "/graphics/latticework/" });
const bare = await serveStatic(bareOutDir, { prefix: "/bare/" });
const browser = await launchChromium();
type Sample = { fcp: number; cls: number; longest: number; bytes: number };

async function sample(url: string, kind: "app" | "bare", viewport: { width: number; height: number }): Promise<Sample> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let bytes = 0;
  page.on("response", (response) => {
    void response.body().then(
      (body) => (bytes += gzipSize(body)),
      () => undefined,
    );
  });
  await page.addInitScript(paintProbe);
  await page.goto(url);
  // Interactive: the live graphic has taken over (its lattice in place), or the bare page rendered.
  await page.waitForSelector(kind === "app" ? '.graph[data-lattice="ready"]' : "[data-bare-ready]", { timeout: 60_000 });
  // Idle: two seconds with nothing more arriving.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(2000);
  const probe = await page.evaluate(() => (window as unknown as { __paint: { fcp: number; cls: number; longest: number } }).__paint);
  await context.close();
  return { ...probe, bytes };
}

const sizes = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];
const lines: string[] = [];
for (const viewport of sizes) {
  const samples: Record<"app" | "bare", Sample[]> = { app: [], bare: [] };
  for (let r = 0; r < runs; r++) {
    samples.app.push(await sample(app.url, "app", viewport));
    samples.bare.push(await sample(bare.url, "bare", viewport));
  }
  const med = (kind: "app" | "bare", key: keyof Sample) => summarize(samples[kind].map((s) => s[key]))!;
  const fmt = (s: { median: number; min: number; max: number }, unit: string, digits = 0) =>
    `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  const fcp = med("app", "fcp");
  const bareFcp = med("bare", "fcp");
  const longest = med("app", "longest");
  const bareLongest = med("bare", "longest");
  lines.push(
    `${viewport.width}×${viewport.height}, 4× CPU, median of ${runs} (min–max):`,
    `  first contentful paint: graphic ${fmt(fcp, " ms")}, bare ${fmt(bareFcp, " ms")}: ${(fcp.median / bareFcp.median).toFixed(2)}× (target ≤ 0.5×)`,
    `  layout shift until interactive: ${fmt(med("app", "cls"), "", 4)} (target ≤ 0.01)`,
    `  longest task: graphic ${fmt(longest, " ms")}, bare ${fmt(bareLongest, " ms")}: ${longest.median - bareLongest.median >= 0 ? "+" : ""}${(longest.median - bareLongest.median).toFixed(0)} ms (target ≤ +50 ms)`,
    `  downloaded until idle (gzip -9): graphic ${(med("app", "bytes").median / 1024).toFixed(1)} KB, bare ${(med("bare", "bytes").median / 1024).toFixed(1)} KB (target ≤ 100 KB)`,
  );
}
const flight = firstFlight("dist");
lines.push(
  `first flight: HTML to the end of the picture ${(flight.html / 1024).toFixed(1)} KB + CSS ${(flight.css / 1024).toFixed(1)} KB = ${(flight.total / 1024).toFixed(1)} KB gzipped (target ≤ 14 KB)`,
);
console.log(lines.join("\n"));
await browser.close();
await app.close();
await bare.close();
