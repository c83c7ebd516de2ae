import type { Page } from "playwright-core";
import { expect } from "vitest";
import { graphReady, runScenarios, waitForMorphEnd, type Scenario } from "./harness";

/** Labels closer than this side by side read as one phrase ("Australia Philippines"). */
const labelGap = 4;

/**
 * Every overlap among the drawn labels and node shapes, measured on their boxes as the browser
 * lays them out, and every label, shape or group outline cut by the graph's frame.
 */
const collisions = (page: Page, gap: number) =>
  page.evaluate((gap) => {
    type Box = { id: string; kind: "label" | "node"; left: number; right: number; top: number; bottom: number };
    const frame = document.querySelector(".graph")!.getBoundingClientRect();
    const boxes: Box[] = [];
    for (const mark of document.querySelectorAll("[data-node-id]")) {
      const id = mark.getAttribute("data-node-id")!;
      for (const [selector, kind] of [
        [".node__label", "label"],
        [".node__shape", "node"],
      ] as const) {
        const element = mark.querySelector(selector);
        if (!element) continue;
        const { left, right, top, bottom } = element.getBoundingClientRect();
        boxes.push({ id, kind, left, right, top, bottom });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.id === b.id || (a.kind === "node" && b.kind === "node")) continue;
        const margin = a.kind === "label" && b.kind === "label" ? gap : 0;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > -margin && down > 0) found.push(`${a.id} ${a.kind} × ${b.id} ${b.kind}`);
      }
    const cut = (r: DOMRect) =>
      r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5;
    for (const box of boxes)
      if (cut(new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top))) found.push(`${box.id} ${box.kind} cut`);
    for (const outline of document.querySelectorAll(".graph__groups [data-tie-id] path")) {
      const r = outline.getBoundingClientRect();
      if (r.width > 0 && cut(r)) found.push(`${outline.closest("[data-tie-id]")!.getAttribute("data-tie-id")} outline cut`);
    }
    return [...new Set(found)];
  }, gap);

const sizes = [
  { width: 360, height: 640 },
  { width: 640, height: 800 },
  { width: 1280, height: 800 },
];

const scenarios: Scenario[] = sizes.flatMap(({ width, height }) =>
  (["hub", "lattice"] as const).flatMap((view) =>
    ["", "&embed=1"].map((embed): Scenario => ({
      name: `draws no label over another label or a node, and cuts none, at ${width} px in the ${view} order${embed ? ", embedded" : ""}`,
      context: { viewport: { width, height }, deviceScaleFactor: 1 },
      run: async ({ page, app }) => {
        await page.goto(`${app}?view=${view}${embed}`);
        await graphReady(page);
        await waitForMorphEnd(page);
        expect(await collisions(page, labelGap)).toEqual([]);
      },
    })),
  ),
);

// The measure itself can fail: squeezed into a short window, the lattice crowds its labels.
scenarios.push({
  name: "would see labels collide (a graph squeezed to 200 px tall)",
  context: { viewport: { width: 360, height: 640 } },
  run: async ({ page, app }) => {
    await page.goto(`${app}?view=lattice`);
    await graphReady(page);
    await page.addStyleTag({ content: ".graph { aspect-ratio: auto !important; height: 200px !important; }" });
    // The new size is laid out again (the lattice by the engine): give it time, then let it settle.
    await page.waitForTimeout(1500);
    await graphReady(page);
    await waitForMorphEnd(page);
    expect((await collisions(page, labelGap)).length).toBeGreaterThan(0);
  },
});

runScenarios(scenarios);
