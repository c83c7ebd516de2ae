import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";
import { runScenarios, shown, type Scenario } from "./harness";

const patience = { timeout: 20_000, interval: 100 };

async function exampleGraphic(page: Page, app: string): Promise<Frame> {
  await page.goto(`${app}example.html`);
  await expect.poll(() => page.frames().length, patience).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)', { timeout: patience.timeout });
  return frame;
}

/** Scrolls the page so that a step's top sits at this fraction of the screen's height. */
const scrollStepTo = (page: Page, index: number, at: number) =>
  page.evaluate(
    ([k, f]) => {
      const step = document.querySelectorAll(".step")[k as number]!;
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - (f as number) * innerHeight);
    },
    [index, at] as const,
  );

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** The selected tie's members and outline, in the page's coordinates, and what of the graphic is in sight. */
async function selectedMarks(page: Page, frame: Frame, tie: string) {
  const inFrame = await frame.evaluate((id) => {
    const box = (el: Element) => {
      const { left, right, top, bottom } = el.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const members = [...document.querySelectorAll(`[data-tie-id="${id}"]`)].map(box);
    return { members };
  }, tie);
  const page_ = await page.evaluate(() => {
    const iframe = document.querySelector("iframe")!.getBoundingClientRect();
    const holder = document.querySelector(".scrolly__graphic")!.getBoundingClientRect();
    const steps = [...document.querySelectorAll(".step")].map((el) => {
      const { left, right, top, bottom } = el.getBoundingClientRect();
      return { left, right, top, bottom };
    });
    return { offset: { x: iframe.left, y: iframe.top }, sight: Math.min(holder.bottom, innerHeight), steps };
  });
  const marks = inFrame.members.map((b) => ({
    left: b.left + page_.offset.x,
    right: b.right + page_.offset.x,
    top: b.top + page_.offset.y,
    bottom: b.bottom + page_.offset.y,
  }));
  return { marks, sight: page_.sight, steps: page_.steps };
}

const scenarios: Scenario[] = [
  {
    name: "never covers the selected marks with a step card on a phone, and keeps them in sight, while the steps drive the graphic",
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true },
    run: async ({ page, app }) => {
      const frame = await exampleGraphic(page, app);
      for (const k of [2, 3]) {
        // Where a reader reads a step on a phone: low on the screen, under the graphic.
        await scrollStepTo(page, k, 0.8);
        await expect.poll(async () => (await shown(frame)).tie, patience).toBe("us-japan-south-korea");
        await page.waitForTimeout(1200);
        const { marks, sight, steps } = await selectedMarks(page, frame, "us-japan-south-korea");
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks) {
          expect(mark.bottom).toBeLessThanOrEqual(sight);
          for (const step of steps)
            if (step.bottom > 0 && step.top < sight) expect(overlaps(mark, { ...step, bottom: Math.min(step.bottom, sight) })).toBe(false);
        }
      }
    },
  },
  {
    name: "draws the example's graph at full size on a laptop, in sight beside the steps",
    context: { viewport: { width: 1440, height: 900 } },
    run: async ({ page, app }) => {
      const frame = await exampleGraphic(page, app);
      await scrollStepTo(page, 1, 0.4);
      await expect.poll(async () => (await shown(frame)).view, patience).toBe("lattice");
      const graph = await frame.evaluate(() => {
        const { width, height, bottom } = document.querySelector(".graph")!.getBoundingClientRect();
        return { width, height, bottom };
      });
      const top = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().top);
      // As wide as the graph of the graphic's own page at this size, less the steps' column.
      expect(graph.width).toBeGreaterThanOrEqual(640);
      expect(top + graph.bottom).toBeLessThanOrEqual(900);
    },
  },
];

runScenarios(scenarios);
