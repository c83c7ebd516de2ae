import type { Browser, BrowserContextOptions, Page, Response } from "playwright-core";
import { analyseMorph, type MorphMeasure } from "./analyseMorph";
import { gzipSize } from "./gzipSize";
import { probeScript, readProbe, type ProbeState } from "./pageProbe";

export type FileWeight = { path: string; type: string; bytes: number; gzip: number };

export type LoadSample = {
  /** Whether the page got drawn (and laid out its lattice) in time; if not, the rest is what came before the timeout. */
  complete: boolean;
  /** ms from navigation to the graph (or the bare page's tree) drawn, after the frame that shows it. */
  drawnAt: number | null;
  /** ms from navigation to both orders laid out (the lattice comes from a worker); app only. */
  latticeAt: number | null;
  /** The longest main-thread task from navigation until drawn and quiet, ms; 0 when none passed 50 ms. */
  longestTask: number;
  longTasks: number;
  /** The longest main-thread task between the graph's first picture and the lattice's arrival, ms. */
  longestTaskWhileLattice: number | null;
  /** From posting the lattice request to the engine worker to its answer reaching the page, ms. */
  latticeRoundTrip: number | null;
  files: FileWeight[];
};

export type MorphSample = { measure: MorphMeasure | null; longestTask: number };

export type PageOptions = {
  context: BrowserContextOptions;
  /** CPU throttling rate (CDP Emulation.setCPUThrottlingRate); 1 is none. */
  throttle: number;
  /** Which page: the app (waits for the graph and its lattice) or the bare React page. */
  kind: "app" | "bare";
  timeout: number;
  /** How long the main thread must be free of long tasks after drawing before the load counts as over. */
  quiet: number;
  /** Called with the page before it navigates (to start a trace, say). */
  onPage?: (page: Page) => Promise<void>;
};

const read = async (page: Page): Promise<ProbeState & { now: number }> => JSON.parse((await page.evaluate(readProbe)) as string);
const longest = (tasks: ProbeState["longtasks"]) => tasks.reduce((max, task) => Math.max(max, task.duration), 0);

/** A fresh context and page (empty cache), throttled, with the probe installed; the caller closes it. */
export async function openPage(
  browser: Browser,
  url: string,
  options: PageOptions,
): Promise<{ page: Page; load: LoadSample; close: () => Promise<void> }> {
  const context = await browser.newContext(options.context);
  const close = () => context.close();
  try {
    const page = await context.newPage();
    const responses: Promise<FileWeight | null>[] = [];
    const weigh = async (response: Response): Promise<FileWeight | null> => {
      const body = await response.body().catch(() => null);
      if (!body) return null;
      return { path: new URL(response.url()).pathname, type: response.request().resourceType(), bytes: body.length, gzip: gzipSize(body) };
    };
    context.on("response", (response) => responses.push(weigh(response)));
    await page.addInitScript(probeScript);
    if (options.throttle !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.throttle });
    }
    await options.onPage?.(page);
    const deadline = Date.now() + options.timeout;
    await page.goto(url, { waitUntil: "commit", timeout: options.timeout });
    const ready = options.kind === "app" ? "marks.drawn !== undefined && marks.lattice !== undefined" : "marks.bare !== undefined";
    const complete = await page
      .waitForFunction(`(() => { const marks = window.__bench.marks; return ${ready}; })()`, undefined, {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 100,
      })
      .then(
        () => true,
        (error: unknown) => {
          // Out of time: what was measured until then (drawn, long tasks) still counts.
          if (error instanceof Error && error.name === "TimeoutError") return false;
          throw error;
        },
      );
    let state = await read(page);
    const drawnAt = (options.kind === "app" ? state.marks.drawn : state.marks.bare) ?? null;
    const readyAt = options.kind === "app" ? Math.max(state.marks.drawn ?? 0, state.marks.lattice ?? 0) : (drawnAt ?? 0);
    while (complete) {
      const lastTaskEnd = state.longtasks.reduce((end, task) => Math.max(end, task.start + task.duration), 0);
      const since = state.now - Math.max(readyAt, lastTaskEnd);
      if (since >= options.quiet || Date.now() > deadline) break;
      await page.waitForTimeout(Math.min(250, options.quiet - since) + 10);
      state = await read(page);
    }
    // From the first picture on screen until the lattice arrives (or the time runs out): is the
    // page free to respond meanwhile?
    const { drawn } = state.marks;
    const latticeDom = state.marks.latticeDom ?? state.now;
    const whileLattice =
      drawn === undefined ? null : longest(state.longtasks.filter((task) => task.start < latticeDom && task.start + task.duration > drawn));
    const answered = state.lattice.filter((request) => request.received !== null);
    const lastAnswered = answered[answered.length - 1];
    const files = (await Promise.all(responses)).filter((file): file is FileWeight => file !== null);
    return {
      page,
      close,
      load: {
        complete,
        drawnAt,
        latticeAt: state.marks.lattice ?? null,
        longestTask: longest(state.longtasks),
        longTasks: state.longtasks.length,
        longestTaskWhileLattice: whileLattice,
        latticeRoundTrip: lastAnswered ? lastAnswered.received! - lastAnswered.sent : null,
        files,
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** How long the bench leaves the page alone after the press: the morph's 0.8 s and some. */
const quietAfterPress = 1500;

/**
 * Clicks the "Lattice" radio and records the morph that follows: frame timestamps from before the
 * click, which frames moved nodes, and the long tasks from the click on. The pointer comes to rest
 * on the radio first, as a reader's does before they press: otherwise the move's hover events land
 * in the same task as the press. Nothing is sent to the page while it records (no Playwright
 * polling or actionability checks, no evaluate): the page itself says when the morph is over.
 */
export async function morphToLattice(page: Page, timeout: number): Promise<MorphSample> {
  const box = await page.getByRole("radio", { name: "Lattice" }).boundingBox({ timeout });
  if (!box) throw new Error('The "Lattice" radio is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A few sampled nodes tell when the scene moves them: watching every node would add the
  // observer's own work to every frame it measures.
  await page.evaluate("window.__bench.startMorph(4)");
  await page.waitForTimeout(250);
  // Over when five frames have passed without a node moving. The page watches for that itself,
  // armed before the press: every protocol message is a task on the page's main thread, and the
  // bench should not add its own to the frames it measures.
  await page.evaluate(
    `window.__bench.morphEnded = new Promise((resolve, reject) => {
      const deadline = performance.now() + ${timeout};
      const check = () => {
        const m = window.__bench.morph;
        const last = m.moves[m.moves.length - 1];
        if (last !== undefined && m.frames.filter((t) => t > last).length >= 5) resolve();
        else if (performance.now() > deadline) reject(new Error("The morph did not end in time"));
        else setTimeout(check, 250);
      };
      addEventListener("pointerdown", () => setTimeout(check, ${quietAfterPress}), { once: true });
    });
    // Armed, not awaited: the press comes first.
    undefined`,
  );
  const since = (await read(page)).now;
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(quietAfterPress);
  await page.evaluate("window.__bench.morphEnded");
  await page.evaluate("window.__bench.stopMorph()");
  const state = await read(page);
  return {
    measure: state.morph ? analyseMorph(state.morph) : null,
    longestTask: longest(state.longtasks.filter((task) => task.start + task.duration > since)),
  };
}
