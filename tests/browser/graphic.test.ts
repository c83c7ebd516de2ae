import { expect } from "vitest";
import { desktop, graphReady, nodeCentres, phone, runScenarios, waitForMorphEnd, type Scenario } from "./harness";

const nodeIds = [
  "us",
  "japan",
  "south-korea",
  "australia",
  "philippines",
  "eu",
  "india",
  "vietnam",
  "brunei",
  "uk",
  "canada",
  "france",
  "nato",
  "ukraine",
  "taiwan",
  "china",
  "north-korea",
  "russia",
];

const drawsEverything = (name: string, context: typeof phone | typeof desktop): Scenario => ({
  name: `draws every node and tie at ${name}, without sideways scrolling`,
  context,
  run: async ({ page, app }) => {
    await page.goto(app);
    await graphReady(page);
    expect((await page.$$eval("[data-node-id]", (els) => els.map((e) => e.getAttribute("data-node-id")))).sort()).toEqual(
      [...nodeIds].sort(),
    );
    expect(await page.locator("[data-tie-id]").count()).toBe(24);
    // Every node is inside the visible graph, every label at a legible size.
    const graph = (await page.locator(".graph").boundingBox())!;
    for (const id of nodeIds) {
      const box = (await page.locator(`[data-node-id="${id}"]`).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(graph.x - 1);
      expect(box.x + box.width, id).toBeLessThanOrEqual(graph.x + graph.width + 1);
    }
    const fontSizes = await page.$$eval(".node__label", (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(context.viewport.width);
  },
});

const scenarios: Scenario[] = [
  drawsEverything("360 px", phone),
  drawsEverything("1280 px", desktop),
  {
    name: "lays the hub-and-spokes order out radially, the allies equidistant from the hub",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const at = await nodeCentres(page);
      const [hx, hy] = at.us!;
      const r = ["japan", "south-korea", "australia", "philippines"].map((id) => Math.hypot(at[id]![0] - hx, at[id]![1] - hy));
      for (const d of r) expect(Math.abs(d - r[0]!)).toBeLessThan(0.5);
      // Ally-to-ally ties are a faint trace here; spokes are drawn in full.
      expect(await page.getAttribute('[data-tie-id="japan-south-korea"]', "opacity")).toBe("0.1");
      expect(await page.getAttribute('[data-tie-id="us-japan"]', "opacity")).toBe("1");
    },
  },
  {
    name: "morphs to the lattice: nodes glide part-way, keep their elements, lattice ties fade in",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const before = await nodeCentres(page);
      const japan = await page.$('[data-node-id="japan"]');
      await page.getByRole("radio", { name: "Lattice" }).check();
      await page.waitForTimeout(350);
      const mid = await nodeCentres(page);
      const midOpacity = Number(await page.getAttribute('[data-tie-id="japan-south-korea"]', "opacity"));
      await waitForMorphEnd(page);
      const after = await nodeCentres(page);
      const between = nodeIds.filter((id) => {
        const total = Math.hypot(after[id]![0] - before[id]![0], after[id]![1] - before[id]![1]);
        const done = Math.hypot(mid[id]![0] - before[id]![0], mid[id]![1] - before[id]![1]);
        return total > 20 && done > 2 && done < total - 2;
      });
      expect(between.length).toBeGreaterThan(nodeIds.length / 2);
      expect(midOpacity).toBeGreaterThan(0.1);
      expect(midOpacity).toBeLessThan(1);
      expect(await page.getAttribute('[data-tie-id="japan-south-korea"]', "opacity")).toBe("1");
      // The same element moved: identity kept.
      expect(await japan!.evaluate((el) => el.isConnected)).toBe(true);
      // The address follows once the picture is still (useUrlSync).
      await expect.poll(() => page.url(), { timeout: 5_000 }).toContain("view=lattice");
    },
  },
  {
    name: "turns back mid-morph from where the nodes are, without a jump",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.getByRole("radio", { name: "Lattice" }).check();
      await page.waitForTimeout(300);
      const track = await page.evaluate(async () => {
        const frames: number[][] = [];
        const read = () =>
          [...document.querySelectorAll("[data-node-id]")].map((n) =>
            Number(/translate\(([-\d.]+)/.exec(n.getAttribute("transform")!)![1]),
          );
        document.querySelector<HTMLInputElement>('input[value="hub"]')!.click();
        const until = performance.now() + 1000;
        while (performance.now() < until) {
          frames.push(read());
          await new Promise(requestAnimationFrame);
        }
        return frames;
      });
      // No node moves more than a small step between consecutive frames.
      let worst = 0;
      for (let f = 1; f < track.length; f++)
        for (let i = 0; i < track[f]!.length; i++) worst = Math.max(worst, Math.abs(track[f]![i]! - track[f - 1]![i]!));
      expect(worst).toBeLessThan(40);
    },
  },
  {
    name: "gives the same layout to the pixel on every load",
    run: async ({ page, app }) => {
      await page.goto(`${app}?view=lattice`);
      await graphReady(page);
      const first = await nodeCentres(page);
      await page.reload();
      await graphReady(page);
      expect(await nodeCentres(page)).toEqual(first);
    },
  },
  {
    name: "lays the lattice out in slices on the page where no worker can start, to the same pixel",
    run: async ({ page, app }) => {
      // The published dataset comes with its lattice laid out: a dataset of the reader's
      // (here the same one, by its address) is what the engine lays out.
      await page.goto(`${app}?view=lattice&data=dataset.json`);
      await graphReady(page);
      const fromWorker = await nodeCentres(page);
      // As in an opaque-origin iframe: the Worker constructor throws.
      await page.addInitScript(() => {
        window.Worker = function Worker() {
          throw new DOMException("Workers are not allowed here", "SecurityError");
        } as unknown as typeof Worker;
      });
      await page.reload();
      await graphReady(page);
      expect(await page.evaluate(() => "__latticeworkEngine" in window)).toBe(true);
      expect(await nodeCentres(page)).toEqual(fromWorker);
    },
  },
  {
    name: "restyles every changed tie over about 300 ms when the scenario switches",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const stroke = () => page.$eval('[data-tie-id="us-japan"] .tie__stroke', (el) => getComputedStyle(el).stroke);
      const before = await stroke();
      await page.getByRole("radio", { name: "Trump" }).check();
      await page.waitForTimeout(120);
      const during = await stroke();
      await page.waitForTimeout(600);
      const after = await stroke();
      expect(before).not.toBe(after);
      // Part-way between deepening blue and strained amber: neither one nor the other.
      expect([before, after]).not.toContain(during);
      expect(await page.getAttribute('[data-tie-id="us-japan"]', "data-state")).toBe("strained");
    },
  },
  {
    name: "changes view at once under reduced motion",
    context: { ...desktop, reducedMotion: "reduce" },
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const before = await page.getAttribute('[data-node-id="japan"]', "transform");
      await page.getByRole("radio", { name: "Lattice" }).check();
      // A tenth of a second in, an animated morph has barely started; an immediate one is done.
      await page.waitForTimeout(100);
      const early = await page.getAttribute('[data-node-id="japan"]', "transform");
      await page.waitForTimeout(1000);
      expect(early).not.toBe(before);
      expect(await page.getAttribute('[data-node-id="japan"]', "transform")).toBe(early);
      expect(await page.$eval(".tie__stroke", (el) => getComputedStyle(el).transitionDuration)).toBe("0s");
    },
  },
  {
    name: "selects a tie by click, shows its quotes and speakers, and Escape clears it",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.locator('[data-tie-id="us-japan"] .tie__hit').click({ force: true });
      const panel = page.getByRole("complementary", { name: "Details" });
      await expect.poll(() => panel.locator("blockquote").count()).toBe(7);
      expect(await panel.textContent()).toContain("Robert Ward");
      expect(await page.getByRole("status").textContent()).toContain("Selected tie: United States–Japan");
      await expect.poll(() => page.url(), { timeout: 5_000 }).toContain("tie=us-japan");
      await page.keyboard.press("Escape");
      await expect.poll(() => panel.locator("blockquote").count()).toBe(0);
      await expect.poll(() => page.url(), { timeout: 5_000 }).not.toContain("tie=");
    },
  },
  {
    name: "reaches a tie with Tab and selects it with Enter, with a visible focus ring",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.getByRole("radio", { name: "Biden" }).focus();
      let found = false;
      for (let k = 0; k < 60 && !found; k++) {
        await page.keyboard.press("Tab");
        found = await page.evaluate(() => document.activeElement?.getAttribute("data-tie-id") === "us-japan-south-korea");
      }
      expect(found).toBe(true);
      expect(await page.$eval('[data-tie-id="us-japan-south-korea"] .focus-ring', (el) => getComputedStyle(el).opacity)).toBe("1");
      await page.keyboard.press("Enter");
      const panel = page.getByRole("complementary", { name: "Details" });
      await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe("U.S.–Japan–South Korea partnership");
      expect(await panel.locator("blockquote").count()).toBe(5);
    },
  },
  {
    name: "reopens exactly the state in the URL, and ignores junk quietly",
    run: async ({ page, app }) => {
      await page.goto(`${app}?view=lattice&scenario=trump&tie=us-china`);
      await graphReady(page);
      expect(await page.getByRole("radio", { name: "Lattice" }).isChecked()).toBe(true);
      expect(await page.getByRole("radio", { name: "Trump" }).isChecked()).toBe(true);
      expect(await page.getAttribute('[data-tie-id="us-china"]', "aria-pressed")).toBe("true");
      expect(await page.getAttribute('[data-tie-id="us-china"]', "data-state")).toBe("escalating");
      await page.goto(`${app}?view=<b>&scenario=%E0%A4%A&tie=../../etc&node=__proto__&theme=x&data=`);
      await graphReady(page);
      expect(await page.getByRole("radio", { name: "Hub-and-spokes" }).isChecked()).toBe(true);
      expect(await page.getByRole("radio", { name: "Biden" }).isChecked()).toBe(true);
    },
  },
];

runScenarios(scenarios);
