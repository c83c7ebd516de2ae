import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { syntheticDataset } from "../../bench/syntheticDataset";
import { runScenarios, type Scenario } from "./harness";
import { serveStatic, type StaticServer } from "../../scripts/staticServer";

// Past the canvas threshold (200 nodes and ties together): the graph is painted, not built of elements.
const large = syntheticDataset({ nodes: 120 });
const hubLabel = large.nodes.find((node) => node.role === "hub")?.label ?? "";
const prefix = "/graphics/latticework/";

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic("dist", { prefix, routes: { [`${prefix}large.json`]: ["application/json", JSON.stringify(large)] } });
});
afterAll(async () => {
  await server?.close();
});

type Point = { x: number; y: number };

/**
 * Where the hub is drawn, in the page's pixels: the centre of the pixels painted in exactly the
 * hub's colour (no tie, label or other node uses it). A canvas has no elements to ask.
 */
const hubOnCanvas = (page: Page): Promise<Point | null> =>
  page.$eval(".graph__canvas", (element) => {
    const canvas = element as HTMLCanvasElement;
    const hex = getComputedStyle(canvas).getPropertyValue("--hub").trim();
    const want = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    // Read through a copy: reading the graph's own canvas back would slow its painting down.
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext("2d", { willReadFrequently: true });
    if (!ctx || canvas.width === 0) return null;
    ctx.drawImage(canvas, 0, 0);
    const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let sx = 0;
    let sy = 0;
    let n = 0;
    for (let p = 0; p < data.length; p += 4) {
      if (data[p] !== want[0] || data[p + 1] !== want[1] || data[p + 2] !== want[2] || data[p + 3] !== 255) continue;
      sx += (p / 4) % width;
      sy += Math.floor(p / 4 / width);
      n++;
    }
    if (n === 0) return null;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    return { x: box.left + (sx / n + 0.5) / ratio, y: box.top + (sy / n + 0.5) / ratio };
  });

/** The hub's position once painting has settled (two reads a frame apart agree). */
async function settledHub(page: Page): Promise<Point> {
  let last: Point | null = null;
  await expect
    .poll(async () => {
      const now = await hubOnCanvas(page);
      const same = now !== null && last !== null && Math.hypot(now.x - last.x, now.y - last.y) < 0.01;
      last = now;
      return same;
    })
    .toBe(true);
  if (!last) throw new Error("The hub was never painted");
  return last;
}

const detailsTitle = (page: Page) => page.locator("#details-title").textContent();
const near = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Draw, hover, pan, zoom and click on the canvas, as a reader with a mouse would. */
async function readWithMouse(page: Page) {
  await page.waitForSelector('.graph[data-renderer="canvas"][data-lattice="ready"] .graph__canvas:not(.is-pending)');
  const hub = await settledHub(page);
  const overview = await detailsTitle(page);

  // Hover: the tooltip names the country under the pointer.
  await page.mouse.move(hub.x, hub.y);
  await expect.poll(() => page.locator(".graph__tip").textContent()).toBe(hubLabel);

  // Drag to pan: the drawing follows the pointer, and the release selects nothing.
  await page.mouse.down();
  await page.mouse.move(hub.x + 30, hub.y + 20, { steps: 4 });
  await page.mouse.move(hub.x + 60, hub.y + 40, { steps: 4 });
  await page.mouse.up();
  const panned = await settledHub(page);
  expect(near(panned, { x: hub.x + 60, y: hub.y + 40 })).toBeLessThan(1.5);
  expect(await detailsTitle(page)).toBe(overview);

  // ctrl + wheel zooms around the pointer: a point 100 px away lands e (2.72) times as far.
  const at = { x: panned.x - 100, y: panned.y };
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -100);
  await page.keyboard.up("Control");
  const zoomed = await settledHub(page);
  expect(near(zoomed, { x: at.x + 100 * Math.E, y: at.y })).toBeLessThan(2);

  // A plain click on the hub still selects it.
  await page.mouse.click(zoomed.x, zoomed.y);
  await expect.poll(() => detailsTitle(page)).toBe(hubLabel);
}

const scenarios: Scenario[] = [
  {
    name: "a large graph opened from a file is drawn on a canvas that hovers, pans, zooms and selects",
    run: async ({ page, app }) => {
      await page.goto(app);
      await page.waitForSelector(".graph__svg:not(.is-pending)");
      await page.getByLabel("Open dataset").setInputFiles({
        name: "large.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(large)),
      });
      await readWithMouse(page);
    },
  },
  {
    name: "a large graph named by ?data= is drawn on a canvas that hovers, pans, zooms and selects",
    run: async ({ page }) => {
      await page.goto(`${server.url}?data=large.json`);
      await readWithMouse(page);
    },
  },
  {
    name: "the zoom buttons zoom the canvas around its centre, and reset undoes zoom and pan",
    run: async ({ page }) => {
      await page.goto(`${server.url}?data=large.json`);
      await page.waitForSelector('.graph[data-renderer="canvas"][data-lattice="ready"] .graph__canvas:not(.is-pending)');
      const hub = await settledHub(page);
      const box = await page.locator(".graph__canvas").boundingBox();
      if (!box) throw new Error("no canvas");
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      // The hub starts at the centre, where any zoom would leave it: move it off first.
      await page.mouse.move(hub.x, hub.y);
      await page.mouse.down();
      await page.mouse.move(hub.x + 80, hub.y + 50, { steps: 6 });
      await page.mouse.up();
      const panned = await settledHub(page);
      await page.getByRole("button", { name: "Zoom in" }).click();
      const zoomed = await settledHub(page);
      expect(near(zoomed, { x: centre.x + (panned.x - centre.x) * 1.4, y: centre.y + (panned.y - centre.y) * 1.4 })).toBeLessThan(2);
      await page.getByRole("button", { name: "Reset zoom" }).click();
      expect(near(await settledHub(page), hub)).toBeLessThan(1);
    },
  },
];

runScenarios(scenarios);
