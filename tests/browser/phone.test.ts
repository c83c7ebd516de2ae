import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";
import { graphReady, runScenarios, type Scenario } from "./harness";

const phone390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true };
const laptop = { viewport: { width: 1440, height: 900 } };
const patience = { timeout: 20_000, interval: 100 };

/** An article on the second origin embedding the graphic in a column of this width. */
function hostPage(host: string, app: string, width: number, query = "") {
  const params = new URLSearchParams({ app, widths: String(width) });
  if (query) params.set("query", query);
  return `${host}/embed-host.html?${params.toString()}`;
}

async function embedded(page: Page): Promise<Frame> {
  await expect.poll(() => page.frame({ name: "graphic-0" }) !== null, patience).toBe(true);
  const frame = page.frame({ name: "graphic-0" })!;
  await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)', { timeout: patience.timeout });
  // Sized to its content by embed.js: the frame as tall as the document inside it.
  await expect
    .poll(async () => {
      const outer = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(outer - inner) <= 2;
    }, patience)
    .toBe(true);
  return frame;
}

/** Every element inside the document that scrolls vertically on its own, with its heights. */
const innerScrollers = (frame: Frame | Page) =>
  frame.evaluate(() =>
    [...document.body.querySelectorAll("*")]
      .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollHeight} in ${el.clientHeight}`),
  );

/** The compact key's box in the top page's coordinates (through the frame's offset, if embedded). */
async function keyBox(page: Page, frame?: Frame) {
  const target = frame ?? page;
  const box = await target.evaluate(() => {
    const key = document.querySelector(".compact-key");
    if (!key) return null;
    const { top, bottom, left, right } = key.getBoundingClientRect();
    return { top, bottom, left, right };
  });
  if (!box || !frame) return box;
  const offset = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().top);
  return { ...box, top: box.top + offset, bottom: box.bottom + offset };
}

const keyInFirstViewport = (name: string, context: typeof phone390 | typeof laptop): Scenario[] => [
  {
    name: `shows the compact key in the first viewport at ${name}, on the page`,
    context,
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const box = await keyBox(page);
      expect(box).not.toBeNull();
      expect(box!.bottom).toBeLessThanOrEqual(context.viewport.height);
      expect(box!.right).toBeLessThanOrEqual(context.viewport.width);
      // It names what the hub order's faint lines are.
      expect(await page.locator(".compact-key__traces").count()).toBe(1);
    },
  },
  {
    name: `shows the compact key in the graphic's first screen at ${name}, embedded in an article on another origin`,
    context,
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app, Math.min(640, context.viewport.width - 16)));
      const frame = await embedded(page);
      // Scrolled as a reader scrolls to a graphic: its frame's top at the top of the screen.
      await page.evaluate(() => window.scrollTo(0, document.querySelector("iframe")!.getBoundingClientRect().top + window.scrollY));
      const box = await keyBox(page, frame);
      expect(box).not.toBeNull();
      expect(box!.bottom).toBeLessThanOrEqual(context.viewport.height);
    },
  },
];

const noInnerScroll = (width: number, query: string): Scenario => ({
  name: `has nothing with a scroll of its own inside an embed ${width} px wide${query ? ` (${query})` : ""}: the frame grows instead`,
  context: width < 600 ? phone390 : laptop,
  run: async ({ page, app, host }) => {
    await page.goto(hostPage(host, app, width, query));
    const frame = await embedded(page);
    expect(await innerScrollers(frame)).toEqual([]);
    const panel = await frame.evaluate(() => {
      const aside = document.querySelector("aside.panel")!;
      return { scroll: aside.scrollHeight, client: aside.clientHeight };
    });
    expect(panel.scroll).toBeLessThanOrEqual(panel.client + 1);
    // However tall the panel beside it, the key stays right under the graph.
    const gap = await frame.evaluate(
      () =>
        document.querySelector(".compact-key")!.getBoundingClientRect().top -
        document.querySelector(".graph")!.getBoundingClientRect().bottom,
    );
    expect(gap).toBeLessThanOrEqual(24);
  },
});

/** The selected mark's element, by the contract's attributes. */
const selectedMark = (page: Page, id: string) => page.locator(`[data-tie-id="${id}"]`);

const scenarios: Scenario[] = [
  ...keyInFirstViewport("390×844", phone390),
  ...keyInFirstViewport("1440×900", laptop),
  noInnerScroll(374, ""),
  noInnerScroll(374, "view=lattice&tie=us-japan-south-korea"),
  noInnerScroll(640, "tie=us-japan"),
  noInnerScroll(960, "tie=us-japan"),
  {
    name: "gives focus back to the mark on Close, and the panel is at most 3 Tab presses from a selected mark",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await selectedMark(page, "us-japan").focus();
      await page.keyboard.press("Enter");
      const panel = page.getByRole("complementary", { name: "Details" });
      await panel.locator("blockquote").first().waitFor();
      let presses = 0;
      while (presses < 3 && !(await panel.evaluate((aside) => aside.contains(document.activeElement)))) {
        await page.keyboard.press("Tab");
        presses++;
      }
      expect(await panel.evaluate((aside) => aside.contains(document.activeElement))).toBe(true);
      await panel.getByRole("button", { name: "Close details" }).click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-tie-id"))).toBe("us-japan");
      // Keyboard too: Enter on Close.
      await page.keyboard.press("Enter");
      await panel.getByRole("button", { name: "Close details" }).focus();
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-tie-id"))).toBe("us-japan");
    },
  },
  {
    name: "opens a phone's sheet on a tie's quotes, with a handle, and expands it to the full height",
    context: phone390,
    run: async ({ page, app }) => {
      await page.goto(`${app}?tie=us-japan-south-korea`);
      await graphReady(page);
      const panel = page.getByRole("complementary", { name: "Details" });
      const sheet = await panel.boundingBox();
      const quote = await panel.locator("blockquote").first().boundingBox();
      // The first quote starts on the sheet's first screen, before the states.
      expect(quote!.y).toBeLessThan(sheet!.y + sheet!.height - 40);
      expect(await panel.locator(".panel__handle").isVisible()).toBe(true);
      const expand = panel.getByRole("button", { name: "Expand" });
      await expand.click();
      await expect.poll(async () => (await panel.boundingBox())!.height, patience).toBeGreaterThan(844 * 0.95);
      expect(await panel.getByRole("button", { name: "Shrink" }).getAttribute("aria-expanded")).toBe("true");
      await panel.getByRole("button", { name: "Shrink" }).click();
      await expect.poll(async () => (await panel.boundingBox())!.height, patience).toBeLessThan(844 * 0.6);
    },
  },
  {
    name: "stacks the table of ties at 360 px: no sideways overflow, the caption whole, every cell named by its column",
    context: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, hasTouch: true },
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.locator(".text-alternative summary").click();
      const table = page.getByRole("table");
      await table.locator("tbody tr").first().waitFor();
      const sizes = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          page: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          table: box(".tie-table").right,
          caption: box(".tie-table caption").right,
          cells: Math.max(...[...document.querySelectorAll(".tie-table td")].map((td) => td.getBoundingClientRect().right)),
        };
      });
      expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
      for (const right of [sizes.table, sizes.caption, sizes.cells]) expect(right).toBeLessThanOrEqual(sizes.viewport);
      // Still a table to assistive technology, its cells under their column headers.
      expect(await table.getByRole("columnheader").count()).toBeGreaterThanOrEqual(4);
      const labels = await table
        .locator("tbody tr")
        .first()
        .locator("td")
        .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-label")));
      expect(labels).toEqual(await table.getByRole("columnheader").evaluateAll((ths) => ths.slice(1).map((th) => th.textContent)));
    },
  },
  {
    name: "reserves, from the Embed dialog's snippet, a height per column width that the frame ends within 5% of, at 390 and 640 px",
    context: { viewport: { width: 1280, height: 800 } },
    run: async ({ page, app, host }) => {
      await page.goto(app);
      await graphReady(page);
      await page.getByRole("button", { name: "Embed" }).click();
      const code = page.getByRole("textbox", { name: "Embed code" });
      // Measured at a phone's, a column's and a wide page's width by the dialog's unseen probes.
      await expect
        .poll(async () => /data-latticework-heights="360:\d+ 640:\d+ 1280:\d+"/.test(await code.inputValue()), patience)
        .toBe(true);
      const snippet = await code.inputValue();
      const spec = /data-latticework-heights="([^"]+)"/.exec(snippet)![1]!;
      const measured = spec.split(" ").map((pair) => pair.split(":").map(Number) as [number, number]);
      // embed.js holds a frame whose graphic never reports (here, a blank page) at that reserve.
      const silent = snippet.replace(/src="[^"]*"/, 'src="about:blank"');
      for (const width of [390, 640]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${host}/pasted-column.html?${new URLSearchParams({ snippet: silent, width: String(width) }).toString()}`);
        const held = await page.evaluate(() => parseFloat(document.querySelector("iframe")!.style.height));
        const [a, b] = [measured.filter(([w]) => w <= width).at(-1)!, measured.find(([w]) => w >= width)!];
        expect(held).toBeCloseTo(Math.ceil(b[0] === a[0] ? a[1] : a[1] + ((b[1] - a[1]) * (width - a[0])) / (b[0] - a[0])), 0);
      }
      for (const width of [390, 640]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${host}/pasted-column.html?${new URLSearchParams({ snippet, width: String(width) }).toString()}`);
        // The reserve for this width: between the two measured widths, on the line between their heights.
        const [lo, hi] = [measured.filter(([w]) => w <= width).at(-1)!, measured.find(([w]) => w >= width)!];
        const reserved = hi[0] === lo[0] ? lo[1] : lo[1] + ((hi[1] - lo[1]) * (width - lo[0])) / (hi[0] - lo[0]);
        await expect.poll(() => page.frames().length, patience).toBeGreaterThan(1);
        const frame = page.frames().find((f) => f !== page.mainFrame())!;
        await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)', { timeout: patience.timeout });
        await expect
          .poll(async () => {
            const outer = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
            const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
            return Math.abs(outer - inner) <= 2;
          }, patience)
          .toBe(true);
        const final = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
        expect(Math.abs(final - reserved) / reserved, `${width} px: reserved ${reserved}, ended ${final}`).toBeLessThanOrEqual(0.05);
      }
    },
  },
];

runScenarios(scenarios);
