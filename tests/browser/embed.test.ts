import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations } from "./axe";
import { graphReady, phone, runScenarios, shown, type Scenario, type Shown } from "./harness";

/** What a host page hears, recorded by hosts/embed-host.js: which graphic (-1: none) and the message. */
type Heard = { frame: number; data: Record<string, unknown> };

const patience = { timeout: 20_000, interval: 100 };

type HostOptions = { widths?: number[]; query?: string; intruder?: boolean; manual?: boolean };

/** The test host page, on the second origin, embedding the built app in `sandbox="allow-scripts"` iframes. */
function hostPage(host: string, app: string, { widths = [640], query = "", intruder = false, manual = false }: HostOptions = {}) {
  // The published folder's embed page (frame.html), as the snippet frames it.
  const params = new URLSearchParams({ app: `${app}frame.html`, widths: widths.join(",") });
  if (query) params.set("query", query);
  if (intruder) params.set("intruder", "1");
  if (manual) params.set("manual", "1");
  return `${host}/embed-host.html?${params.toString()}`;
}

const graphic = (page: Page, index = 0): Frame => page.frame({ name: `graphic-${index}` })!;

async function graphicReady(frame: Frame) {
  await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)', { timeout: patience.timeout });
}

/** The frame whose document came from this address, once it has navigated there. */
async function frameAt(page: Page, prefix: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), patience).toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix))!;
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
const heardOf = async (page: Page, type: string, frame = 0) =>
  (await heard(page)).filter((h) => h.frame === frame && h.data.type === `latticework:${type}`).map((h) => h.data);

/** The iframe's height on the host page, and the height of the document inside it. */
async function heights(page: Page, index = 0) {
  const outer = await page.evaluate((i) => document.querySelectorAll("iframe[data-latticework]")[i]!.getBoundingClientRect().height, index);
  const inner = await graphic(page, index).evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as its content: within 2 px, nothing cut off. */
async function sizedToContent(page: Page, index = 0) {
  await expect
    .poll(async () => {
      const { outer, content, scroll } = await heights(page, index);
      return Math.abs(outer - content) <= 2 && scroll <= outer + 1 && outer > 300;
    }, patience)
    .toBe(true);
  return heights(page, index);
}

const set = (page: Page, state: Record<string, unknown>, index = 0) =>
  page.evaluate(
    ([s, i]) => {
      const w = window as unknown as { Latticework: { set: (f: Element, s: unknown) => void } };
      w.Latticework.set(document.querySelectorAll("iframe[data-latticework]")[i as number]!, s);
    },
    [state, index] as const,
  );

const defaultState = { view: "hub", scenario: "biden", tie: null, node: null };

const scenarios: Scenario[] = [
  {
    name: "sizes a sandboxed cross-origin iframe to its content, reports state and height, reserves its height",
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app));
      const frame = graphic(page);
      await graphicReady(frame);
      const { outer } = await sizedToContent(page);
      // Really sandboxed and cross-origin: an opaque origin, no storage; the lattice came with the
      // page (laid out at publish time), so no engine was loaded for it.
      expect(await frame.evaluate(() => self.origin)).toBe("null");
      expect(await frame.evaluate(() => [...document.scripts].some((s) => s.src.includes("engine.worker")))).toBe(false);
      expect(await frame.evaluate(() => document.documentElement.classList.contains("is-embed"))).toBe(true);
      expect(await heardOf(page, "state")).toEqual([{ type: "latticework:state", ...defaultState }]);
      // One height from the first report on: nothing moved as the graph was laid out.
      const resizes = await heardOf(page, "resize");
      expect(new Set(resizes.map((r) => r.height))).toEqual(new Set([outer]));
      const shift = await frame.evaluate(
        () =>
          new Promise<number>((done) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => done(total), 300);
          }),
      );
      expect(shift).toBe(0);
      // No feedback between the frame's height and the content's: the reports stop.
      await page.waitForTimeout(1000);
      expect(await heardOf(page, "resize")).toHaveLength(resizes.length);
      // The page chrome is gone; the credit links to the article.
      expect(await frame.locator(".brand").count()).toBe(0);
      expect(await frame.getByRole("button", { name: "Embed" }).count()).toBe(0);
      expect(
        await frame
          .getByRole("link", { name: /^Source: The Japan Times/ })
          .first()
          .getAttribute("href"),
      ).toMatch(/^https:\/\/www\.japantimes\.co\.jp\//);
    },
  },
  {
    name: "sizes two graphics on one page each to its own content",
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app, { widths: [360, 960] }));
      await Promise.all([graphicReady(graphic(page, 0)), graphicReady(graphic(page, 1))]);
      const narrow = await sizedToContent(page, 0);
      const wide = await sizedToContent(page, 1);
      expect(narrow.outer).toBeGreaterThan(wide.outer + 100);
      // The wide frame fits its width: no sideways scrolling inside.
      expect(await graphic(page, 1).evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(960);
      expect(await graphic(page, 0).evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    },
  },
  {
    name: "switches view, scenario and selection on set messages, animated, and reports each state",
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app));
      const frame = graphic(page);
      await graphicReady(frame);
      await sizedToContent(page);
      // Sample a node's place on every frame while the view changes: a morph, not a jump.
      const sampled = frame.evaluate(async () => {
        const japan = document.querySelector('[data-node-id="japan"]')!;
        const seen = new Set<string | null>();
        const until = performance.now() + 1500;
        while (performance.now() < until) {
          seen.add(japan.getAttribute("transform"));
          await new Promise(requestAnimationFrame);
        }
        return seen.size;
      });
      await set(page, { view: "lattice" });
      expect(await sampled).toBeGreaterThan(4);
      await expect.poll(() => shown(frame), patience).toEqual({ ...defaultState, view: "lattice" });

      const steps: [Record<string, unknown>, Shown][] = [
        [
          { scenario: "trump", tie: "us-japan-south-korea" },
          { view: "lattice", scenario: "trump", tie: "us-japan-south-korea", node: null },
        ],
        [{ node: "japan" }, { view: "lattice", scenario: "trump", tie: null, node: "japan" }],
        [{ view: "hub", scenario: "biden", tie: null }, defaultState],
      ];
      for (const [request, expected] of steps) {
        await set(page, request);
        await expect.poll(() => shown(frame), patience).toEqual(expected);
        await expect.poll(async () => (await heardOf(page, "state")).at(-1), patience).toEqual({ type: "latticework:state", ...expected });
        await sizedToContent(page);
      }
      expect(await frame.getAttribute('[data-tie-id="us-japan-south-korea"]', "data-state")).toBe("deepening");
      // Each request reported once: start, lattice, then the three steps.
      expect(await heardOf(page, "state")).toHaveLength(5);
      // The host's page hears it too, as a DOM event on the iframe.
      const events = await page.evaluate(() => (window as unknown as { stateEvents: { detail: unknown }[] }).stateEvents);
      expect(events.at(-1)?.detail).toEqual(defaultState);
    },
  },
  {
    name: "keeps a request made before the graphic has loaded, and sends it once the graphic reports",
    run: async ({ page, app, host }) => {
      // Hold the graphic's script back, so the request surely comes before the graphic listens.
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route(/\/assets\/latticework-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(hostPage(host, app), { waitUntil: "domcontentloaded" });
      await page.waitForFunction(() => "Latticework" in window);
      await set(page, { view: "lattice", tie: "us-china" });
      await set(page, { node: "japan" });
      await set(page, { scenario: "trump" });
      expect(await heardOf(page, "state")).toEqual([]);
      release();
      const frame = graphic(page);
      await graphicReady(frame);
      // Merged: the later selection replaced the earlier one.
      await expect.poll(() => shown(frame), patience).toEqual({ view: "lattice", scenario: "trump", tie: null, node: "japan" });
      const last = await page.evaluate(() =>
        (window as unknown as { Latticework: { state: (f: Element) => unknown } }).Latticework.state(document.querySelector("iframe")!),
      );
      expect(last).toEqual({ view: "lattice", scenario: "trump", tie: null, node: "japan" });
    },
  },
  {
    name: "ignores junk from the host and set messages from any other frame",
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app, { intruder: true }));
      const frame = graphic(page);
      await graphicReady(frame);
      await sizedToContent(page);
      const statesBefore = (await heardOf(page, "state")).length;
      await page.evaluate(() => {
        const target = document.querySelector<HTMLIFrameElement>("iframe[data-latticework]")!.contentWindow!;
        const set = "latticework:set";
        const junk: unknown[] = [
          null,
          undefined,
          42,
          "latticework:set",
          '{"type":"latticework:set","view":"lattice"}',
          [set, { view: "lattice" }],
          [{ type: set, view: "lattice" }],
          { type: "latticework:state", view: "lattice" },
          { type: "latticework:resize", height: 10 },
          { type: "LATTICEWORK:SET", view: "lattice" },
          { type: set, view: "radial" },
          { type: set, view: ["lattice"] },
          { type: set, view: "lattice", scenario: "obama" },
          { type: set, view: "lattice", tie: "atlantis" },
          { type: set, node: "us-japan" },
          { type: set, tie: "us-japan", node: "japan" },
          { type: set, scenario: 1 },
          { type: set, tie: "__proto__" },
          JSON.parse('{"__proto__": {"type": "latticework:set", "view": "lattice"}}'),
          JSON.parse('{"type": "latticework:set", "__proto__": {"view": "lattice"}, "constructor": {"prototype": {"view": "lattice"}}}'),
          { type: set, view: "lattice".padEnd(100_000, "x") },
          new Map([["type", set]]),
          new Date(),
          new Uint8Array(8),
        ];
        for (const data of junk) target.postMessage(data, "*");
      });
      // A valid request, but from a sibling frame (an advertisement): not the host, so ignored.
      await page
        .frame({ name: "intruder" })!
        .evaluate(() => parent.frames[0]!.postMessage({ type: "latticework:set", view: "lattice", tie: "us-china" }, "*"));
      // Messages from one window arrive in order: once this one is applied, all of the above were seen.
      await set(page, { scenario: "trump" });
      await expect.poll(() => shown(frame), patience).toEqual({ ...defaultState, scenario: "trump" });
      await page.waitForTimeout(300);
      // A set message with nothing it knows (the __proto__ one) asks for a report of the state as it
      // is when the reply goes. Host messages are coalesced at the next frame, so on a slow machine
      // that reply can come after the valid request was applied and report it. Either way no junk
      // shows, and the states only ever run from the default to the requested one, never back.
      const reported = (await heardOf(page, "state")).slice(statesBefore);
      const requested = { type: "latticework:state", ...defaultState, scenario: "trump" };
      expect(reported.at(-1)).toEqual(requested);
      const firstRequested = reported.findIndex((state) => state.scenario === "trump");
      for (const state of reported.slice(0, firstRequested)) expect(state).toEqual({ type: "latticework:state", ...defaultState });
      for (const state of reported.slice(firstRequested)) expect(state).toEqual(requested);
      expect(await frame.evaluate(() => (Object.prototype as Record<string, unknown>).view ?? null)).toBeNull();
    },
  },
  {
    name: "takes a frame's height only from that frame, and only within bounds",
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app, { intruder: true }));
      const frame = graphic(page);
      await graphicReady(frame);
      const { outer } = await sizedToContent(page);
      const fake = { type: "latticework:resize", height: 4321 };
      await page.frame({ name: "intruder" })!.evaluate((message) => parent.postMessage(message, "*"), fake);
      await page.evaluate((message) => window.postMessage(message, "*"), fake);
      // From the graphic's own frame, heights out of bounds or not numbers.
      await frame.evaluate(() => {
        for (const height of [50_000, 40, -5, Number.NaN, Number.POSITIVE_INFINITY, "900", null])
          parent.postMessage({ type: "latticework:resize", height }, "*");
      });
      await page.waitForTimeout(500);
      expect((await heights(page)).outer).toBe(outer);
      expect(
        await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[name="intruder"]')!.getBoundingClientRect().height),
      ).toBe(120);
      // The same message from the graphic itself is obeyed: the checks above could have failed.
      await frame.evaluate(() => parent.postMessage({ type: "latticework:resize", height: 777 }, "*"));
      await expect.poll(async () => (await heights(page)).outer, patience).toBe(777);
    },
  },
  {
    name: "sizes a graphic that loaded before embed.js did",
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app, { manual: true }));
      const frame = graphic(page);
      await graphicReady(frame);
      await expect.poll(async () => (await heardOf(page, "resize")).length, patience).toBeGreaterThan(0);
      expect((await heights(page)).outer).toBe(300);
      await page.evaluate(() => (window as unknown as { loadEmbedScript: () => void }).loadEmbedScript());
      await sizedToContent(page);
    },
  },
  {
    name: "would see a console error inside the sandboxed frame (so the other scenarios' silence counts)",
    allowProblems: true,
    run: async ({ page, app, host, problems }) => {
      await page.goto(hostPage(host, app));
      await graphicReady(graphic(page));
      expect(problems.console).toEqual([]);
      await graphic(page).evaluate(() => console.error("probe from inside the frame"));
      await expect.poll(() => problems.console.join("\n"), patience).toContain("probe from inside the frame");
    },
  },
  ...(["light", "dark"] as const).map((theme): Scenario => ({
    name: `follows theme=${theme} in an embed and passes axe-core there, a tie selected`,
    context: theme === "dark" ? phone : { viewport: { width: 900, height: 700 } },
    run: async ({ page, app }) => {
      await page.goto(`${app}?embed=1&theme=${theme}&view=lattice&tie=us-japan-south-korea`);
      await graphReady(page);
      expect(await page.getAttribute("html", "data-theme")).toBe(theme);
      await page.waitForTimeout(400);
      expect(await axeViolations(page)).toEqual([]);
    },
  })),
  {
    name: "follows the reader's colour scheme with theme=auto inside a sandboxed frame",
    context: { viewport: { width: 1280, height: 800 }, colorScheme: "dark" },
    run: async ({ page, app, host }) => {
      await page.goto(hostPage(host, app, { query: "theme=auto" }));
      const frame = graphic(page);
      await graphicReady(frame);
      expect(await frame.getAttribute("html", "data-theme")).toBe("dark");
    },
  },
  {
    name: "opens the Embed dialog (dark, passing axe-core) with focus held inside; Escape closes it, focus returns, the selection stays",
    run: async ({ page, app }) => {
      await page.goto(`${app}?tie=us-japan&theme=dark`);
      await graphReady(page);
      const button = page.getByRole("button", { name: "Embed" });
      await button.click();
      const dialog = page.getByRole("dialog", { name: "Embed this graphic" });
      await dialog.waitFor();
      await page.getByText(/^Height [\d,]+ px at 640 px wide$/).waitFor({ timeout: patience.timeout });
      expect(await axeViolations(page)).toEqual([]);
      const inDialog = () => page.evaluate(() => !!document.activeElement?.closest("dialog[open]"));
      expect(await inDialog()).toBe(true);
      for (const key of [...Array<string>(9).fill("Tab"), ...Array<string>(7).fill("Shift+Tab")]) {
        await page.keyboard.press(key);
        expect(await inDialog(), key).toBe(true);
      }
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => page.url(), patience).toContain("tie=us-japan");
      expect(await page.getAttribute('[data-tie-id="us-japan"]', "aria-pressed")).toBe("true");
    },
  },
  {
    name: "gives a snippet for the current state that, pasted into a page on another origin, embeds it without a shift",
    run: async ({ page, app, host }) => {
      await page.goto(`${app}?view=lattice&scenario=trump&tie=us-japan-south-korea`);
      await graphReady(page);
      await page.getByRole("button", { name: "Embed" }).click();
      const measured = page.getByText(/^Height [\d,]+ px at 640 px wide$/);
      await measured.waitFor({ timeout: patience.timeout });
      const height = Number(/Height ([\d,]+) px/.exec((await measured.textContent())!)![1]!.replace(/,/g, ""));
      const snippet = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
      // The published folder's embed page, in the light theme unless the editor chose otherwise.
      expect(snippet).toContain(
        `src="${app}frame.html?embed=1&amp;view=lattice&amp;scenario=trump&amp;tie=us-japan-south-korea&amp;theme=light"`,
      );
      expect(snippet).toContain(`<script src="${app}embed.js" defer></script>`);
      expect(snippet).toContain(`height="${height}"`);
      expect(snippet).toContain(`<noscript><a href="${app}?view=lattice&amp;scenario=trump&amp;tie=us-japan-south-korea&amp;theme=light">`);

      await page.goto(`${host}/pasted.html?${new URLSearchParams({ snippet }).toString()}`);
      const frame = await frameAt(page, `${app}frame.html?embed=1`);
      await graphicReady(frame);
      expect(await shown(frame)).toEqual({ view: "lattice", scenario: "trump", tie: "us-japan-south-korea", node: null });
      // The height reserved before the graphic loaded is the height it then has: nothing shifts.
      expect(await page.getAttribute("iframe", "height")).toBe(String(height));
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(Math.abs(inner - height)).toBeLessThanOrEqual(2);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height)).toBe(inner);
    },
  },
  {
    name: "copies the snippet (dialog light, passing axe-core): to the clipboard, by the fallback where it is refused, or leaves it selected",
    context: { viewport: { width: 1280, height: 800 }, permissions: ["clipboard-read", "clipboard-write"] },
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.getByRole("button", { name: "Embed" }).click();
      const code = page.getByRole("textbox", { name: "Embed code" });
      const copy = page.getByRole("button", { name: "Copy code" });
      const status = page.locator(".embed-dialog__status");
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      // Once the preview has measured the height, the code stays as it is.
      await page.getByText(/^Height [\d,]+ px at 640 px wide$/).waitFor({ timeout: patience.timeout });
      expect(await axeViolations(page)).toEqual([]);

      await copy.click();
      await expect.poll(() => status.textContent()).toBe("Copied to the clipboard.");
      expect(await clipboard()).toBe(await code.inputValue());

      await page.evaluate(() => navigator.clipboard.writeText(""));
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
      });
      await page.getByRole("spinbutton", { name: "Article column width (px)" }).focus();
      await copy.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

      await page.evaluate(() => {
        document.execCommand = () => false;
      });
      await copy.click();
      await expect.poll(() => status.textContent()).toContain("the code is selected, press Ctrl+C");
      expect(
        await code.evaluate((el: HTMLTextAreaElement) => [
          el === document.activeElement,
          el.selectionStart,
          el.selectionEnd,
          el.value.length,
        ]),
      ).toEqual([true, 0, (await code.inputValue()).length, (await code.inputValue()).length]);
    },
  },
  {
    name: "drives the worked example's graphic through its four steps as the reader scrolls, under script-src 'self'",
    run: async ({ page, app }) => {
      await page.route(`${app}example.html`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "script-src 'self'" } });
      });
      await page.goto(`${app}example.html`);
      const frame = await frameAt(page, `${app}index.html?embed=1`);
      await graphicReady(frame);
      const expected: Shown[] = [
        defaultState,
        { ...defaultState, view: "lattice" },
        { view: "lattice", scenario: "biden", tie: "us-japan-south-korea", node: null },
        { view: "lattice", scenario: "trump", tie: "us-japan-south-korea", node: null },
      ];
      const steps = page.locator(".step");
      expect(await steps.count()).toBe(expected.length);
      for (const [k, state] of expected.entries()) {
        await steps.nth(k).evaluate((el) => el.scrollIntoView({ block: "center" }));
        await expect.poll(() => shown(frame), patience).toEqual(state);
      }
      // And back up: the steps set whole states, so scrolling back restores the earlier ones.
      await steps.nth(0).evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => shown(frame), patience).toEqual(defaultState);
      await expect
        .poll(async () => {
          const outer = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
          const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          return Math.abs(outer - inner);
        }, patience)
        .toBeLessThanOrEqual(2);
    },
  },
];

runScenarios(scenarios);
