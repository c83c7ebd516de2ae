import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/staticServer";
import { runScenarios, type Scenario } from "./harness";

/**
 * `npm run publish` on a dataset on another topic (a river basin's water compacts), served as a
 * newsroom would: a plain static host with no CORS headers, the snippet pasted into an article on
 * a second origin, and read with JavaScript off.
 */
const fixture = "tests/browser/fixtures/river-basin.json";
const dataset = JSON.parse(readFileSync(fixture, "utf8")) as {
  meta: { title: string };
  nodes: { label: string; shortLabel?: string }[];
  ties: { id: string; quotes: { text: string }[] }[];
};
const folder = mkdtempSync(join(tmpdir(), "latticework-publish-"));
let published: StaticServer;
let article: StaticServer;
let snippet = "";

beforeAll(async () => {
  // Served before it is written: the page's public address goes into its og: tags and snippet.
  published = await serveStatic(folder, { prefix: "/graphics/river/" });
  execFileSync("npx", ["tsx", "scripts/publish.ts", fixture, "--out", folder, "--url", published.url], { stdio: "pipe" });
  snippet = readFileSync(join(folder, "embed.html"), "utf8");
  // The article, on another origin, records what the framed graphic posts to it.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body>
<h1>An article</h1><p>Before the graphic.</p>
${snippet}
<p>After the graphic.</p>
<script src="/record.js"></script></body></html>`;
  const record = `window.heard = []; addEventListener("message", (event) => window.heard.push(event.data));`;
  article = await serveStatic(folder, {
    routes: { "/article.html": ["text/html; charset=utf-8", page], "/record.js": ["text/javascript", record] },
  });
}, 300_000);

afterAll(async () => {
  await published?.close();
  await article?.close();
  rmSync(folder, { recursive: true, force: true });
});

const labels = (compact: boolean) => dataset.nodes.map((node) => (compact ? (node.shortLabel ?? node.label) : node.label));

const scenarios: Scenario[] = [
  {
    name: "the published page draws its own dataset, with no layout engine, validator or extras loaded",
    run: async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(published.url);
      await page.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)');
      await expect(page.title()).resolves.toBe(dataset.meta.title);
      expect(await page.locator(".graph__svg text").allTextContents()).toEqual(labels(false));
      await page.waitForTimeout(1000);
      expect(requests.filter((url) => /engine|extras|\.json/.test(url))).toEqual([]);
    },
  },
  {
    name: "framed by its snippet in an article on another origin, it draws with zero console errors and answers AMP's embed-size",
    run: async ({ page }) => {
      await page.goto(`${article.origin}/article.html`);
      const frame = page.frameLocator("iframe[data-latticework]");
      await frame.locator('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)').waitFor({ timeout: 20_000 });
      await expect(frame.locator(".graph__svg text").allTextContents()).resolves.toEqual(labels(false));
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heard: { sentinel?: string; type?: string; height?: number }[] }).heard))
        .toContainEqual({ sentinel: "amp", type: "embed-size", height: expect.any(Number) as number });
    },
  },
  {
    name: "with JavaScript off, every node label and the table of ties are there to read (1280 px)",
    context: { javaScriptEnabled: false },
    run: async ({ page }) => {
      await page.goto(published.url);
      const svg = page.locator(".graph__svg--preset-0");
      await expect(svg.isVisible()).resolves.toBe(true);
      for (const label of labels(false)) await expect(svg.getByText(label, { exact: true }).isVisible(), label).resolves.toBe(true);
      const rows = page.locator("table.tie-table tbody tr");
      await expect(rows.count()).resolves.toBe(dataset.ties.length);
      await expect(rows.first().isVisible()).resolves.toBe(true);
    },
  },
  {
    name: "with JavaScript off on a phone, the phone's picture shows every short label",
    context: { javaScriptEnabled: false, viewport: { width: 360, height: 640 } },
    run: async ({ page }) => {
      await page.goto(published.url);
      await expect(page.locator(".graph__svg--preset-0").isVisible()).resolves.toBe(false);
      const svg = page.locator(".graph__svg--preset-1");
      for (const label of labels(true)) await expect(svg.getByText(label, { exact: true }).isVisible(), label).resolves.toBe(true);
    },
  },
  {
    name: "the snippet holds the fallback image with its alt text and the link; the social card is a 1200×630 PNG named in og:image",
    run: async ({ page }) => {
      expect(snippet).toMatch(/<noscript><img src="[^"]+fallback\.png" alt="Network of [^"]+"[^>]*>.*<a href=/s);
      await page.goto(published.url);
      const og = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
      await expect(og("og:title")).resolves.toBe(dataset.meta.title);
      await expect(og("og:image")).resolves.toBe(new URL("social.png", published.url).href);
      await expect(page.locator('meta[name="twitter:card"]').getAttribute("content")).resolves.toBe("summary_large_image");
      const png = await (await page.request.get(new URL("social.png", published.url).href)).body();
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const fallback = await page.request.get(new URL("fallback.png", published.url).href);
      expect(fallback.headers()["content-type"]).toBe("image/png");
      const data = await page.request.get(new URL("dataset.json", published.url).href);
      expect(((await data.json()) as { meta: { title: string } }).meta.title).toBe(dataset.meta.title);
    },
  },
  {
    name: "prints the picture, caption, key, the selected tie's quotes and the credit on one portrait page, A4 or Letter",
    run: async ({ page }) => {
      const tie = dataset.ties.at(-1)!;
      await page.goto(`${published.url}?tie=${tie.id}`);
      await page.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)');
      await page.locator(".quote").first().waitFor();
      await page.emulateMedia({ media: "print" });
      for (const hidden of [".controls", ".zoom", ".tools", ".text-alternative"])
        await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
      for (const shown of [".graph__svg", "#graph-caption", ".print-key .legend", ".graphic__foot .credit"])
        await expect(page.locator(shown).first().isVisible(), shown).resolves.toBe(true);
      // The details panel's quote (the same words also stand, hidden in print, in the text alternative).
      await expect(page.locator(".quote").getByText(tie.quotes[0]!.text).isVisible()).resolves.toBe(true);
      for (const format of ["A4", "Letter"]) {
        const pdf = (await page.pdf({ format })).toString("latin1");
        expect(pdf.match(/\/Type\s*\/Page(?!s)/g), format).toHaveLength(1);
      }
    },
  },
];

runScenarios(scenarios);
