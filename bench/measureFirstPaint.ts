import type { Browser } from "playwright-core";
import { firstFlight, paintProbe } from "./firstPaint";
import { gzipSize } from "./gzipSize";
import { summarize } from "./stats";

type Sample = { fcp: number; cls: number; longest: number; bytes: number };
type Kind = "app" | "bare";

/** The two screens the targets name. */
export const firstPaintViewports = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
] as const;

async function sample(browser: Browser, url: string, kind: Kind, viewport: { width: number; height: number }): Promise<Sample> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Every response, workers' included (the context sees their requests too), gzipped at level 9
  // once the page is idle: gzipping as they arrive would hold up the static server, which runs in
  // this process, and delay the very responses being timed.
  const bodies: Promise<Buffer | null>[] = [];
  page.on("response", (response) => {
    bodies.push(response.body().catch(() => null));
  });
  await page.addInitScript(paintProbe);
  await page.goto(url);
  // Interactive: the live graphic has taken over (its lattice in place), or the bare page rendered.
  await page.waitForSelector(kind === "app" ? '.graph[data-lattice="ready"]' : "[data-bare-ready]", { timeout: 60_000, state: "attached" });
  // Idle: the network quiet, then two seconds with nothing more arriving.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(2000);
  const probe = await page.evaluate(() => (window as unknown as { __paint: { fcp: number; cls: number; longest: number } }).__paint);
  const bytes = (await Promise.all(bodies)).reduce((sum, body) => sum + (body ? gzipSize(body) : 0), 0);
  await context.close();
  return { ...probe, bytes };
}

/**
 * The published graphic against the bare React page, each on a fresh page at 4× CPU throttle, at
 * 360×640 and 1280×800, interleaved so that whatever else the machine does weighs on both: first
 * contentful paint, layout shift until interactive, the longest task, and everything downloaded
 * until idle (gzip -9); then the HTML and CSS of the first flight. Lines for the bench's report.
 */
export async function measureFirstPaint(
  browser: Browser,
  urls: Record<Kind, string>,
  distDir: string,
  runs: number,
  log: (line: string) => void,
) {
  const lines: string[] = [];
  for (const viewport of firstPaintViewports) {
    const samples: Record<Kind, Sample[]> = { app: [], bare: [] };
    for (let r = 0; r < runs; r++) {
      log(`first paint ${viewport.width}×${viewport.height}, run ${r + 1} of ${runs}`);
      samples.app.push(await sample(browser, urls.app, "app", viewport));
      samples.bare.push(await sample(browser, urls.bare, "bare", viewport));
    }
    const med = (kind: Kind, key: keyof Sample) => summarize(samples[kind].map((s) => s[key]))!;
    const fmt = (s: { median: number; min: number; max: number }, unit: string, digits = 0) =>
      `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
    const fcp = med("app", "fcp");
    const bareFcp = med("bare", "fcp");
    const longest = med("app", "longest");
    const bareLongest = med("bare", "longest");
    const over = longest.median - bareLongest.median;
    const kb = (kind: Kind) => (med(kind, "bytes").median / 1024).toFixed(1);
    lines.push(
      `| ${viewport.width}×${viewport.height} | first contentful paint | ${fmt(fcp, " ms")} | ${fmt(bareFcp, " ms")} | ${(fcp.median / bareFcp.median).toFixed(2)}× | ≤ 0.5× |`,
      `| ${viewport.width}×${viewport.height} | layout shift until interactive | ${fmt(med("app", "cls"), "", 4)} | ${fmt(med("bare", "cls"), "", 4)} | | ≤ 0.01 |`,
      `| ${viewport.width}×${viewport.height} | longest task while loading | ${fmt(longest, " ms")} | ${fmt(bareLongest, " ms")} | ${over >= 0 ? "+" : ""}${over.toFixed(0)} ms | ≤ +50 ms |`,
      `| ${viewport.width}×${viewport.height} | downloaded until idle, gzip -9 | ${kb("app")} KB | ${kb("bare")} KB | | ≤ 100 KB |`,
    );
  }
  const flight = firstFlight(distDir);
  lines.push(
    `| — | HTML to the end of the picture + its CSS, gzip -9 | ${(flight.html / 1024).toFixed(1)} + ${(flight.css / 1024).toFixed(1)} = ${(flight.total / 1024).toFixed(1)} KB | | | ≤ 14 KB |`,
  );
  return [
    `First paint of the default graphic against the bare React page, 4× CPU, median of ${runs} (min–max):`,
    "",
    "| screen | measure | graphic | bare React page | graphic vs bare | target |",
    "| --- | --- | --- | --- | --- | --- |",
    ...lines,
  ];
}
