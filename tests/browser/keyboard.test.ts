import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { desktop, graphReady, phone, runScenarios, waitForMorphEnd, type Scenario } from "./harness";

/** The focused element's mark id, or null when focus is not on a mark. */
const focusedMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-mark-id") ?? null);

/** Marks a reader can see: every node, and the ties drawn in full in the view shown. */
const drawnMarks = (page: Page) =>
  page.$$eval("[data-mark-id]", (marks) =>
    marks
      .filter(
        (mark) =>
          mark.hasAttribute("data-node-id") ||
          (mark.getAttribute("data-state") !== "absent" && Number(mark.getAttribute("opacity") ?? 1) >= 0.5),
      )
      .map((mark) => mark.getAttribute("data-mark-id") ?? ""),
  );

const centreOf = (page: Page, id: string) =>
  page.$eval(`[data-mark-id="${id}"]`, (mark) => {
    const box = mark.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });

async function tabIntoGraph(page: Page) {
  await page.getByRole("radio", { name: "Biden" }).focus();
  await page.keyboard.press("Tab");
  const first = await focusedMark(page);
  expect(first).not.toBeNull();
  return first ?? "";
}

const keys = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"] as const;

const scenarios: Scenario[] = [
  {
    name: "the graph is one Tab stop, and Shift+Tab comes back to the same mark",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const first = await tabIntoGraph(page);
      expect(await page.locator('[data-mark-id][tabindex="0"]').count()).toBe(1);
      await page.keyboard.press("Tab");
      expect(await focusedMark(page)).toBeNull();
      await page.keyboard.press("Shift+Tab");
      expect(await focusedMark(page)).toBe(first);
    },
  },
  {
    name: "an arrow key moves focus to a mark that way, which becomes the Tab stop",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const first = await tabIntoGraph(page);
      const from = await centreOf(page, first);
      await page.keyboard.press("ArrowRight");
      const next = await focusedMark(page);
      expect(next).not.toBe(first);
      expect((await centreOf(page, next ?? "")).x).toBeGreaterThan(from.x);
      expect(await page.getAttribute(`[data-mark-id="${next}"]`, "tabindex")).toBe("0");
      expect(await page.getAttribute(`[data-mark-id="${first}"]`, "tabindex")).toBe("-1");
      // Enter selects it; focus stays on it.
      await page.keyboard.press("Enter");
      expect(await page.getAttribute(`[data-mark-id="${next}"]`, "aria-pressed")).toBe("true");
      expect(await focusedMark(page)).toBe(next);
    },
  },
  ...(["?view=hub", "?view=lattice"] as const).flatMap((query) =>
    [desktop, phone].map((context): Scenario => ({
      name: `arrow keys reach every mark drawn (${query.slice(6)} view, ${context.viewport.width} px) from the graph's Tab stop`,
      context,
      run: async ({ page, app }) => {
        await page.goto(`${app}${query}`);
        await graphReady(page);
        await waitForMorphEnd(page);
        const start = await tabIntoGraph(page);
        const reached = new Set([start]);
        const queue = [start];
        // Breadth first over the arrows: from each mark reached, where each of the four keys leads.
        while (queue.length > 0) {
          const id = queue.shift() ?? "";
          for (const key of keys) {
            await page.focus(`[data-mark-id="${id}"]`);
            await page.keyboard.press(key);
            const to = await focusedMark(page);
            if (to && !reached.has(to)) {
              reached.add(to);
              queue.push(to);
            }
          }
        }
        expect([...reached].sort()).toEqual((await drawnMarks(page)).sort());
      },
    })),
  ),
  {
    name: "at 360 px every mark's accessible name contains its visible label (axe label-content-name-mismatch)",
    context: phone,
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      // The phone shows short labels ("U.S."): this is where names and labels part.
      expect(await page.locator('[data-node-id="us"] .node__label').textContent()).toBe("U.S.");
      const results = await new AxeBuilder({ page }).withRules(["label-content-name-mismatch"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(results.passes.flatMap((p) => p.nodes).length).toBeGreaterThan(10);
    },
  },
  {
    name: "a mouse over a tie or a country shows a tooltip naming it",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const us = await centreOf(page, "us");
      await page.mouse.move(us.x, us.y);
      await expect.poll(() => page.locator(".graph__tip").textContent()).toBe("United States");
      expect(await page.locator(".graph__tip").isVisible()).toBe(true);
      const line = page.locator('[data-tie-id="us-philippines"] .tie__hit');
      await line.hover();
      await expect.poll(() => page.locator(".graph__tip").textContent()).toBe("United States–Philippines");
      await page.mouse.move(1, 1);
      expect(await page.locator(".graph__tip").isVisible()).toBe(false);
    },
  },
];

runScenarios(scenarios);
