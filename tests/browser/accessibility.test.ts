import type { BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations } from "./axe";
import { desktop, graphReady, phone, runScenarios, waitForMorphEnd, type Scenario } from "./harness";

/** A state a reader can be in, reached by its address and, where it takes one, an action. */
type State = {
  name: string;
  query: string;
  act?: (page: Page) => Promise<void>;
  /** Problems this state logs on purpose (the alert's dataset is missing), and no others. */
  expected?: RegExp[];
  /** Checked at 360 px too: the states whose layout changes most on a phone. */
  phone?: true;
};

const openTable = async (page: Page) => {
  await page.getByText(/^Table of all \d+ ties$/).click();
  await page.getByRole("region", { name: /ties and their state/ }).waitFor();
};
const missing = [/404 .*\/missing\.json$/, /Failed to load resource: the server responded with a status of 404/];

const states: State[] = [
  { name: "hub-and-spokes under Biden", query: "", phone: true },
  { name: "hub-and-spokes under Trump", query: "?scenario=trump" },
  { name: "the lattice under Biden", query: "?view=lattice" },
  { name: "the lattice under Trump", query: "?view=lattice&scenario=trump", phone: true },
  { name: "a bilateral tie selected", query: "?tie=us-japan" },
  { name: "the multilateral us-japan-south-korea selected", query: "?view=lattice&scenario=trump&tie=us-japan-south-korea", phone: true },
  { name: "a node selected", query: "?node=philippines", phone: true },
  { name: "embedded", query: "?embed=1", phone: true },
  { name: "embedded, dark, a tie selected", query: "?embed=1&theme=dark&tie=us-china" },
  { name: "dark, hub-and-spokes", query: "?theme=dark" },
  {
    name: "dark, the lattice under Trump, a multilateral tie selected",
    query: "?theme=dark&view=lattice&scenario=trump&tie=us-japan-south-korea",
    phone: true,
  },
  { name: "dark, a node selected", query: "?theme=dark&node=philippines" },
  { name: "the table of all ties open", query: "?tie=us-japan", act: openTable, phone: true },
  { name: "dark, the table of all ties open", query: "?theme=dark&view=lattice", act: openTable },
  { name: "the alert for a dataset that cannot be loaded", query: "?data=missing.json", expected: missing, phone: true },
  { name: "dark, the alert for a dataset that cannot be loaded", query: "?data=missing.json&theme=dark&view=lattice", expected: missing },
];

/** Waits until nothing moves: the graph laid out, the morph over, every CSS transition finished. */
async function settle(page: Page) {
  await graphReady(page);
  await waitForMorphEnd(page);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

const sizes: [string, BrowserContextOptions, State[]][] = [
  ["360×640", phone, states.filter((s) => s.phone)],
  ["1280×800", desktop, states],
];

const scenarios: Scenario[] = sizes.flatMap(([size, context, chosen]) =>
  chosen.map(({ name, query, act, expected }): Scenario => ({
    name: `has no axe violation (WCAG 2.2 AA) at ${size}: ${name}`,
    context,
    allowProblems: expected !== undefined,
    run: async ({ page, app, problems }) => {
      await page.goto(`${app}${query}`);
      await settle(page);
      if (query.includes("theme=dark")) expect(await page.getAttribute("html", "data-theme")).toBe("dark");
      if (query.includes("data=")) expect(await page.getByRole("alert").textContent()).toContain("404");
      if (query.includes("tie=") || query.includes("node="))
        expect(await page.locator('[aria-pressed="true"][data-tie-id], [aria-pressed="true"][data-node-id]').count()).toBe(1);
      if (act) {
        await act(page);
        await settle(page);
      }
      expect(await axeViolations(page)).toEqual([]);
      if (expected) {
        const all = [...problems.console, ...problems.page, ...problems.requests];
        expect(all.filter((p) => !expected.some((re) => re.test(p)))).toEqual([]);
      }
    },
  })),
);

runScenarios(scenarios);
