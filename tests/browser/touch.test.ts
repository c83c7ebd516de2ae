import type { CDPSession, Page } from "playwright-core";
import { expect } from "vitest";
import { graphReady, phone, runScenarios, type Scenario } from "./harness";

type Point = { x: number; y: number };

/** Where each node is drawn, relative to the graph's box, as a reader sees it (zoom, and any fit). */
const drawn = (page: Page): Promise<Record<string, Point>> =>
  page.$$eval("[data-node-id]", (nodes) => {
    const frame = document.querySelector(".graph__svg")?.getBoundingClientRect();
    return Object.fromEntries(
      nodes.map((node) => {
        const box = (node.querySelector(".node__shape") ?? node).getBoundingClientRect();
        return [
          node.getAttribute("data-node-id") ?? "",
          { x: box.x + box.width / 2 - (frame?.x ?? 0), y: box.y + box.height / 2 - (frame?.y ?? 0) },
        ];
      }),
    );
  });

/** The largest distance any node has moved between two readings. */
const moved = (a: Record<string, Point>, b: Record<string, Point>) =>
  Math.max(...Object.keys(a).map((id) => Math.hypot((b[id]?.x ?? NaN) - (a[id]?.x ?? NaN), (b[id]?.y ?? NaN) - (a[id]?.y ?? NaN))));

async function graphCentre(page: Page): Promise<Point> {
  const box = await page.locator(".graph__svg").boundingBox();
  if (!box) throw new Error("no graph");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Real touches, as a phone's screen sends them: each finger moves from its start to its end in steps. */
async function touch(cdp: CDPSession, fingers: { from: Point; to: Point }[], steps = 8) {
  const at = (s: number) =>
    fingers.map(({ from, to }, id) => ({ id, x: from.x + ((to.x - from.x) * s) / steps, y: from.y + ((to.y - from.y) * s) / steps }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(s) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

async function open(page: Page) {
  await graphReady(page);
  return page.context().newCDPSession(page);
}

const scenarios: Scenario[] = [
  {
    name: "a pinch zooms the graph around the fingers",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      const c = await graphCentre(page);
      const box = await page.locator(".graph__svg").boundingBox();
      if (!box) throw new Error("no graph");
      const before = await drawn(page);
      // Off-centre, so that zooming around the wrong point shows; the fingers spread 2.5 times.
      const mid = { x: c.x - 40, y: c.y + 30 };
      await touch(cdp, [
        { from: { x: mid.x - 20, y: mid.y }, to: { x: mid.x - 50, y: mid.y } },
        { from: { x: mid.x + 20, y: mid.y }, to: { x: mid.x + 50, y: mid.y } },
      ]);
      const after = await drawn(page);
      const m = { x: mid.x - box.x, y: mid.y - box.y };
      // Every node moves away from the point between the fingers, 2.5 times as far as it was.
      for (const [id, p] of Object.entries(before)) {
        const q = after[id];
        expect(q?.x, id).toBeCloseTo(m.x + (p.x - m.x) * 2.5, 0);
        expect(q?.y, id).toBeCloseTo(m.y + (p.y - m.y) * 2.5, 0);
      }
      expect(await page.evaluate(() => scrollY)).toBe(0);
    },
  },
  {
    name: "a one-finger vertical swipe on the graph scrolls the page and never moves the drawing",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      const before = await drawn(page);
      for (let swipe = 0; swipe < 3; swipe++) {
        const c = await graphCentre(page);
        await touch(cdp, [{ from: { x: c.x, y: c.y + 80 }, to: { x: c.x + 3, y: c.y - 80 } }]);
        await page.waitForTimeout(100);
        expect(moved(before, await drawn(page))).toBeLessThan(0.5);
      }
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(await page.locator('[aria-pressed="true"]').count()).toBe(0);
    },
  },
  {
    name: "a one-finger horizontal swipe at normal zoom leaves the drawing centred",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      const before = await drawn(page);
      const c = await graphCentre(page);
      await touch(cdp, [{ from: { x: c.x - 100, y: c.y }, to: { x: c.x + 100, y: c.y + 4 } }]);
      await page.waitForTimeout(100);
      expect(moved(before, await drawn(page))).toBeLessThan(0.5);
    },
  },
  {
    name: "zoomed in, one finger pans the drawing and the page stays put",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      const start = await drawn(page);
      await page.getByRole("button", { name: "Zoom in" }).tap();
      const zoomed = await drawn(page);
      expect(moved(start, zoomed)).toBeGreaterThan(5);
      const c = await graphCentre(page);
      const scrolled = await page.evaluate(() => scrollY);
      await touch(cdp, [{ from: { x: c.x + 60, y: c.y + 40 }, to: { x: c.x - 20, y: c.y - 20 } }]);
      const panned = await drawn(page);
      for (const [id, p] of Object.entries(zoomed)) {
        expect(panned[id]?.x, id).toBeCloseTo(p.x - 80, 0);
        expect(panned[id]?.y, id).toBeCloseTo(p.y - 60, 0);
      }
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      // Reset puts the drawing back where it was.
      await page.getByRole("button", { name: "Reset zoom" }).tap();
      expect(moved(start, await drawn(page))).toBeLessThan(0.5);
    },
  },
  {
    name: "a tap on a mark still selects it",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      await open(page);
      const mark = page.locator("[data-node-id]").first();
      const name = await mark.getAttribute("data-node-id");
      await mark.locator(".node__shape").tap();
      await expect.poll(() => page.locator(`[data-node-id="${name}"]`).getAttribute("aria-pressed")).toBe("true");
    },
  },
];

runScenarios(scenarios);
