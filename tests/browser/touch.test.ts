import type { CDPSession, Page } from "playwright-core";
import { expect } from "vitest";
import { graphReady, phone, runScenarios, type Scenario } from "./harness";

type Point = { x: number; y: number };
type Transform = { k: number; x: number; y: number };

/** The drawing's zoom as the scene wrote it on the viewport group (none written: at rest). */
const transformOf = (page: Page): Promise<Transform> =>
  page.$eval(".graph__viewport", (g) => {
    const value = g.getAttribute("transform") ?? "";
    const t = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(value);
    const s = /scale\(([-\d.e]+)\)/.exec(value);
    return { k: s ? Number(s[1]) : 1, x: t ? Number(t[1]) : 0, y: t ? Number(t[2]) : 0 };
  });

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
      // Off-centre, so that zooming around the wrong point shows.
      const mid = { x: c.x - 40, y: c.y + 30 };
      await touch(cdp, [
        { from: { x: mid.x - 20, y: mid.y }, to: { x: mid.x - 50, y: mid.y } },
        { from: { x: mid.x + 20, y: mid.y }, to: { x: mid.x + 50, y: mid.y } },
      ]);
      const t = await transformOf(page);
      expect(t.k).toBeCloseTo(2.5, 1);
      // The point of the drawing that was between the fingers is still between them.
      const local = { x: mid.x - box.x, y: mid.y - box.y };
      expect((local.x - t.x) / t.k).toBeCloseTo(local.x, 0);
      expect((local.y - t.y) / t.k).toBeCloseTo(local.y, 0);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    },
  },
  {
    name: "a one-finger vertical swipe on the graph scrolls the page and never moves the drawing",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      const c = await graphCentre(page);
      for (let swipe = 0; swipe < 3; swipe++) {
        await touch(cdp, [{ from: { x: c.x, y: c.y + 80 }, to: { x: c.x + 3, y: c.y - 80 } }]);
        await page.waitForTimeout(100);
        expect(await transformOf(page)).toEqual({ k: 1, x: 0, y: 0 });
      }
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(await page.locator(".panel__close").count()).toBe(0);
    },
  },
  {
    name: "a one-finger horizontal swipe at normal zoom leaves the drawing centred",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      const c = await graphCentre(page);
      await touch(cdp, [{ from: { x: c.x - 100, y: c.y }, to: { x: c.x + 100, y: c.y + 4 } }]);
      await page.waitForTimeout(100);
      expect(await transformOf(page)).toEqual({ k: 1, x: 0, y: 0 });
    },
  },
  {
    name: "zoomed in, one finger pans the drawing and the page stays put",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      const cdp = await open(page);
      await page.getByRole("button", { name: "Zoom in" }).tap();
      const zoomed = await transformOf(page);
      expect(zoomed.k).toBeCloseTo(1.4, 2);
      const c = await graphCentre(page);
      const scrolled = await page.evaluate(() => scrollY);
      await touch(cdp, [{ from: { x: c.x + 60, y: c.y + 40 }, to: { x: c.x - 20, y: c.y - 20 } }]);
      const panned = await transformOf(page);
      expect(panned.k).toBeCloseTo(zoomed.k, 2);
      expect(panned.x - zoomed.x).toBeCloseTo(-80, 0);
      expect(panned.y - zoomed.y).toBeCloseTo(-60, 0);
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      // Reset puts the drawing back where it was.
      await page.getByRole("button", { name: "Reset zoom" }).tap();
      expect(await transformOf(page)).toEqual({ k: 1, x: 0, y: 0 });
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
