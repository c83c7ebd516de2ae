import type { Browser, BrowserContextOptions, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, inject, test } from "vitest";
import { launchChromium } from "../../scripts/launchChromium";

export type Problems = { console: string[]; page: string[]; requests: string[] };
export type ScenarioContext = { page: Page; app: string; host: string; problems: Problems };
/** A browser test as data, after sigma.js's e2e suite: a name and what to do. */
export type Scenario = {
  name: string;
  context?: BrowserContextOptions;
  allowProblems?: boolean;
  run: (context: ScenarioContext) => Promise<void>;
};

export const phone = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 1, hasTouch: true } satisfies BrowserContextOptions;
export const desktop = { viewport: { width: 1280, height: 800 } } satisfies BrowserContextOptions;

/** Runs scenarios, each in a fresh context, failing any that logs a console error or a failed request. */
export function runScenarios(scenarios: readonly Scenario[]) {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  for (const scenario of scenarios) {
    test(scenario.name, async () => {
      const context = await browser.newContext({ ...desktop, ...scenario.context });
      const page = await context.newPage();
      const problems: Problems = { console: [], page: [], requests: [] };
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.console.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.page.push(error.message));
      page.on("requestfailed", (request) => problems.requests.push(`${request.url()} ${request.failure()?.errorText}`));
      page.on("response", (response) => {
        if (response.status() >= 400) problems.requests.push(`${response.status()} ${response.url()}`);
      });
      try {
        await scenario.run({ page, app: inject("appUrl"), host: inject("hostOrigin"), problems });
        if (!scenario.allowProblems) {
          const all = [...problems.console, ...problems.page, ...problems.requests];
          if (all.length > 0) throw new Error(`The page reported problems:\n${all.join("\n")}`);
        }
      } finally {
        await context.close();
      }
    });
  }
}

/** Waits until the graph is drawn and both orders are laid out (the lattice comes from a worker). */
export async function graphReady(page: Page) {
  await page.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)');
}

/** Node centres as drawn, from the scene's transforms. */
export async function nodeCentres(page: Page): Promise<Record<string, [number, number]>> {
  return page.$$eval("[data-node-id]", (nodes) =>
    Object.fromEntries(
      nodes.map((node) => {
        const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node.getAttribute("transform") ?? "");
        return [node.getAttribute("data-node-id")!, [Number(match?.[1]), Number(match?.[2])]];
      }),
    ),
  );
}

export async function waitForMorphEnd(page: Page) {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __last?: string };
      const now = [...document.querySelectorAll("[data-node-id]")].map((n) => n.getAttribute("transform")).join();
      const same = w.__last === now;
      w.__last = now;
      return same;
    },
    undefined,
    { polling: 120 },
  );
}

/** What an embedded graphic shows, read from the DOM contract inside its frame. */
export type Shown = { view: string | null; scenario: string | null; tie: string | null; node: string | null };

/** The state as drawn inside the frame, read from the DOM contract. */
export const shown = (frame: Frame): Promise<Shown> =>
  frame.evaluate(() => {
    const graph = document.querySelector(".graph");
    return {
      view: graph?.getAttribute("data-view") ?? null,
      scenario: graph?.getAttribute("data-scenario") ?? null,
      tie: document.querySelector('[data-tie-id][aria-pressed="true"]')?.getAttribute("data-tie-id") ?? null,
      node: document.querySelector('[data-node-id][aria-pressed="true"]')?.getAttribute("data-node-id") ?? null,
    };
  });
