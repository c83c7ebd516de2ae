import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { expect } from "vitest";
import { exportContent } from "../../src/export/exportContent";
import { exportFrame } from "../../src/export/exportFrame";
import { pngScale } from "../../src/export/renderPng";
import { buildGraphModel } from "../../src/model/graphModel";
import type { Dataset } from "../../src/model/schema";
import type { View } from "../../src/model/vocabulary";
import { desktop, graphReady, phone, runScenarios, type Scenario } from "./harness";
import { decodePng, hexColour } from "./png";
import { serveStatic } from "../../scripts/staticServer";

const model = buildGraphModel(JSON.parse(await readFile("data/indo-pacific.json", "utf8")) as Dataset);
const credit = "Source: The Japan Times, 25 June 2024";

async function download(page: Page, name: "PNG" | "SVG"): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Download ${name}` }).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

/** The graph as it stands on screen: its size in whole pixels, and where the page drew the hub. */
async function onScreen(page: Page) {
  const box = (await page.locator(".graph__svg").boundingBox())!;
  const theme = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { bg: style.getPropertyValue("--bg"), surface: style.getPropertyValue("--surface"), hub: style.getPropertyValue("--hub") };
  });
  // Where the hub is drawn in the svg's box (its transform is in the drawing's units, which a
  // published layout scales into the box).
  const hub = await page.$eval('[data-node-id="us"] .node__shape', (shape) => {
    const r = shape.getBoundingClientRect();
    const svg = (shape as SVGGraphicsElement).ownerSVGElement!.getBoundingClientRect();
    return [r.x + r.width / 2 - svg.x, r.y + r.height / 2 - svg.y] as const;
  });
  return { size: { width: Math.round(box.width), height: Math.round(box.height) }, theme, hub };
}

/** The PNG is the exported frame at twice its CSS size; the frame holds the graph at its on-screen size. */
async function checkPng(page: Page, state: { view: View; scenario: string; tie?: string }) {
  const { size, theme, hub } = await onScreen(page);
  const { file, bytes } = await download(page, "PNG");
  const selected = state.tie ? ({ kind: "tie", index: model.tieIndex.get(state.tie)! } as const) : null;
  expect(file.suggestedFilename()).toBe(`latticework-${state.view}-${state.scenario}${state.tie ? `-${state.tie}` : ""}.png`);
  const frame = exportFrame(exportContent(model, state.view, state.scenario, selected), size);
  expect(frame.graph.width).toBe(size.width);
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([pngScale * frame.width, pngScale * frame.height]);
  expect(pngScale).toBe(2);
  // Opaque in the theme: the frame's corner, the graph's ground, and the hub where the page drew it.
  expect(png.pixel(0, 0)).toEqual(hexColour(theme.bg));
  expect(png.pixel(2 * (frame.graph.x + 12), 2 * (frame.graph.y + 12))).toEqual(hexColour(theme.surface));
  expect(png.pixel(Math.round(2 * (frame.graph.x + hub[0])), Math.round(2 * (frame.graph.y + hub[1])))).toEqual(hexColour(theme.hub));
  return { png, frame };
}

/** The SVG parses as XML, carries every label drawn on screen and the credit, and nothing active. */
async function checkSvg(page: Page) {
  const { file, bytes } = await download(page, "SVG");
  expect(file.suggestedFilename()).toMatch(/^latticework-(hub|lattice)-(biden|trump)(-[a-z-]+)?\.svg$/);
  const svg = bytes.toString("utf8");
  expect(svg).not.toMatch(/<script|<foreignObject|href\s*=|javascript:|url\((?!#)/i);
  const drawn = await page.$$eval(".node__label", (labels) => labels.map((label) => label.textContent!));
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.namespaceURI,
      texts: [...doc.querySelectorAll("text")].map((text) => text.textContent),
      background: doc.querySelector("svg > rect")?.getAttribute("fill"),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe("http://www.w3.org/2000/svg");
  expect(drawn.length).toBe(model.nodes.length);
  for (const label of drawn) expect(parsed.texts, label).toContain(label);
  expect(parsed.texts).toContain(credit);
  return { svg, background: parsed.background };
}

const scenarios: Scenario[] = [
  {
    name: "downloads the lattice with a tie selected as a PNG at twice the graph's size, and as an SVG, at 1280 px",
    context: { ...desktop, acceptDownloads: true },
    run: async ({ page, app }) => {
      await page.goto(`${app}?view=lattice&scenario=trump&tie=us-japan-south-korea`);
      await graphReady(page);
      await checkPng(page, { view: "lattice", scenario: "trump", tie: "us-japan-south-korea" });
      const { background } = await checkSvg(page);
      expect(background).toBe("#fbfaf6");
      expect(await page.locator(".export-notice").textContent()).toBe("Saved latticework-lattice-trump-us-japan-south-korea.svg");
    },
  },
  {
    name: "draws the PNG without an image of the SVG: no violation under a strict Content-Security-Policy",
    context: { ...desktop, acceptDownloads: true },
    run: async ({ page }) => {
      const strict = await serveStatic("dist", {
        prefix: "/graphics/latticework/",
        headers: { "content-security-policy": "default-src 'self'; script-src 'self'" },
      });
      try {
        await page.goto(`${strict.url}?view=hub&scenario=biden`);
        await graphReady(page);
        await checkPng(page, { view: "hub", scenario: "biden" });
        await checkSvg(page);
      } finally {
        await strict.close();
      }
    },
  },
  {
    name: "exports the dark theme on its own dark ground",
    context: { ...desktop, acceptDownloads: true },
    run: async ({ page, app }) => {
      await page.goto(`${app}?view=lattice&scenario=biden&theme=dark`);
      await graphReady(page);
      const { png } = await checkPng(page, { view: "lattice", scenario: "biden" });
      expect(png.pixel(0, 0)).toEqual(hexColour("#121418"));
      expect((await checkSvg(page)).background).toBe("#121418");
    },
  },
  {
    name: "offers both downloads in embed mode on a phone, by keyboard, named for screen readers",
    context: { ...phone, acceptDownloads: true },
    run: async ({ page, app }) => {
      await page.goto(`${app}?embed=1&view=hub&scenario=trump`);
      await graphReady(page);
      const tools = page.getByRole("group", { name: "Tools" });
      expect(await tools.getByRole("button", { name: "Download PNG" }).isVisible()).toBe(true);
      await checkPng(page, { view: "hub", scenario: "trump" });
      await tools.getByRole("button", { name: "Download SVG" }).focus();
      const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(file.suggestedFilename()).toBe("latticework-hub-trump.svg");
      await checkSvg(page);
    },
  },
  {
    name: "opens the exported SVG in the browser as a picture of its own",
    context: { ...desktop, acceptDownloads: true },
    run: async ({ page, app, host }) => {
      await page.goto(`${app}?view=lattice&node=japan`);
      await graphReady(page);
      const { svg } = await checkSvg(page);
      await page.route(`${host}/exported.svg`, (route) => route.fulfill({ body: svg, contentType: "image/svg+xml" }));
      await page.goto(`${host}/exported.svg`);
      const shown = await page.evaluate(() => {
        const root = document.documentElement as unknown as SVGSVGElement;
        return { name: root.localName, width: root.getBBox().width, texts: document.querySelectorAll("text").length };
      });
      expect(shown.name).toBe("svg");
      expect(shown.width).toBeGreaterThan(800);
      expect(shown.texts).toBeGreaterThan(2 * model.nodes.length);
    },
  },
  {
    name: "inside a sandboxed iframe that may block downloads, offers its own page instead of Download buttons",
    context: { ...desktop, acceptDownloads: true },
    run: async ({ page, app, host, problems }) => {
      let downloads = 0;
      page.on("download", () => downloads++);
      await page.goto(`${host}/sandboxed-frame.html?app=${encodeURIComponent(`${app}?embed=1&view=lattice`)}`);
      const frame = page.frameLocator("#graphic");
      await frame.locator('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)').waitFor();
      // No button that would do nothing: a sandbox without allow-downloads drops the file unsaid.
      expect(await frame.getByRole("button", { name: /^Download/ }).count()).toBe(0);
      const link = frame.getByRole("link", { name: "Open in its own page to save a picture" });
      // A reader's page: the state as shown, without the editor's tools.
      expect(await link.getAttribute("href")).toBe(`${app}?view=lattice&reader=1`);
      expect(problems.page).toEqual([]);
      expect(problems.console).toEqual([]);
      expect(downloads).toBe(0);
    },
  },
];

runScenarios(scenarios);
