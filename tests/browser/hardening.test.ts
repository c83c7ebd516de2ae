import type { IncomingMessage, ServerResponse } from "node:http";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { encodings, windows1252 } from "../unit/data/encodings";
import { shippedText, tinyDataset } from "../unit/fixtures";
import { desktop, graphReady, runScenarios, shown, type Scenario } from "./harness";
import { serveStatic, type StaticServer } from "../../scripts/staticServer";

/**
 * Hostile hosts and odd files (issue 20): servers that stall or trickle, a host page whose elements
 * shadow embed.js's name, a flood of host messages, labels with bidi and control characters, every
 * encoding on every path, an address too long to use, and a sandbox that blocks downloads.
 */

const prefix = "/graphics/latticework/";
const sockets = new Set<ServerResponse>();
const hold = (response: ServerResponse) => {
  sockets.add(response);
  response.on("close", () => sockets.delete(response));
};

/** Headers and "{", then nothing, ever. */
const stalls = (_: IncomingMessage, response: ServerResponse) => {
  hold(response);
  // CORS allowed, so a sandboxed embed (an opaque origin) meets the stall itself, not a refusal.
  response.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
  response.write("{");
};
/** No answer at all. */
const silent = (_: IncomingMessage, response: ServerResponse) => hold(response);
/** The shipped dataset, a byte every 500 ms: each byte is progress, the whole would take days. */
const trickles = (_: IncomingMessage, response: ServerResponse) => {
  hold(response);
  response.writeHead(200, { "content-type": "application/json" });
  let k = 0;
  const timer = setInterval(() => {
    if (response.writableEnded || response.destroyed) return clearInterval(timer);
    response.write(shippedText[k++] ?? " ");
  }, 500);
  response.on("close", () => clearInterval(timer));
};

const encoded = Object.fromEntries(encodings(shippedText).map(({ name, bytes }) => [name, bytes]));
const cp1252 = windows1252(shippedText.replace("Asia", "Asia’"));
const shippedTitle = (JSON.parse(shippedText) as { meta: { title: string } }).meta.title;

let server: StaticServer;
beforeAll(async () => {
  const routes: Record<string, [string, Buffer]> = {};
  for (const [name, bytes] of Object.entries(encoded))
    routes[`${prefix}enc/${name.replace(/\W+/g, "-")}.json`] = ["application/json", Buffer.from(bytes)];
  routes[`${prefix}enc/cp1252.json`] = ["application/json", Buffer.from(cp1252.bytes)];
  server = await serveStatic("dist", {
    prefix,
    routes,
    handlers: { [`${prefix}slow/stalls.json`]: stalls, [`${prefix}slow/silent.json`]: silent, [`${prefix}slow/trickles.json`]: trickles },
  });
});
afterAll(async () => {
  for (const response of sockets) response.destroy();
  server.server.closeAllConnections();
  await server.close();
});

const appAt = (query: string) => `${server.url}${query}`;
const alertText = (page: Page | Frame) => page.locator('[role="alert"]').textContent();

type Heard = { frame: number; data: Record<string, unknown> };
const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
const hostPage = (host: string, app: string, extra: Record<string, string> = {}) =>
  `${host}/embed-host.html?${new URLSearchParams({ app, widths: "640", ...extra }).toString()}`;
const graphicFrame = (page: Page) => page.frame({ name: "graphic-0" })!;

/** A stalled load: the frame and "Loading dataset…" at once, then, at the deadline, the graphic and an alert. */
async function givesUp(page: Page, file: string, reason: RegExp, withinMs: number) {
  const started = Date.now();
  await page.goto(appAt(`?data=slow/${file}`), { waitUntil: "commit" });
  const status = page.getByRole("status").filter({ hasText: "Loading dataset…" });
  await status.waitFor({ timeout: 5_000 });
  const shownAfter = Date.now() - started;
  await expect
    .poll(() => alertText(page), { timeout: withinMs + 15_000, interval: 250 })
    .toContain(`gave up loading ${server.url}slow/${file}`);
  expect(await alertText(page)).toMatch(reason);
  await graphReady(page);
  return { shownAfter, gaveUpAfter: Date.now() - started };
}

const scenarios: Scenario[] = [
  {
    name: "a ?data= server that never answers, or sends `{` and stalls: loading state at once, an alert after 15 s, and the embed still reports",
    allowProblems: true,
    run: async ({ page, host, problems }) => {
      const silentPage = await page.context().newPage();
      const embed = await page.context().newPage();
      const [stalled, silentResult] = await Promise.all([
        givesUp(page, "stalls.json", /nothing arrived for 15 s/, 15_000),
        givesUp(silentPage, "silent.json", /nothing arrived for 15 s/, 15_000),
        (async () => {
          await embed.goto(hostPage(host, server.url, { query: "data=slow/stalls.json" }));
          await expect
            .poll(async () => (await heard(embed)).filter((h) => h.frame === 0).map((h) => h.data.type), { timeout: 35_000, interval: 250 })
            .toEqual(expect.arrayContaining(["latticework:state", "latticework:resize"]));
          const frame = graphicFrame(embed);
          expect(await alertText(frame)).toContain("nothing arrived for 15 s");
        })(),
      ]);
      console.log(`[hardening] stalled ?data=: loading status after ${stalled.shownAfter} ms, gave up after ${stalled.gaveUpAfter} ms`);
      console.log(
        `[hardening] silent ?data=: loading status after ${silentResult.shownAfter} ms, gave up after ${silentResult.gaveUpAfter} ms`,
      );
      expect(stalled.gaveUpAfter).toBeGreaterThanOrEqual(15_000);
      expect(stalled.gaveUpAfter).toBeLessThan(25_000);
      expect(problems.page).toEqual([]);
    },
  },
  {
    name: "a ?data= server that trickles a byte at a time: given up after 30 s in all",
    allowProblems: true,
    run: async ({ page, problems }) => {
      const result = await givesUp(page, "trickles.json", /still not complete after 30 s/, 30_000);
      console.log(`[hardening] trickling ?data=: loading status after ${result.shownAfter} ms, gave up after ${result.gaveUpAfter} ms`);
      expect(result.gaveUpAfter).toBeGreaterThanOrEqual(30_000);
      expect(result.gaveUpAfter).toBeLessThan(40_000);
      expect(problems.page).toEqual([]);
    },
  },
  {
    name: 'a host page with id="Latticework" elements cannot switch embed.js off',
    run: async ({ page, host }) => {
      await page.goto(hostPage(host, server.url, { clobber: "1" }));
      const frame = graphicFrame(page);
      await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)');
      expect(await page.evaluate(() => document.getElementById("Latticework")?.localName)).toBe("h2");
      // Sized to its content: embed.js heard the graphic.
      await expect
        .poll(async () => {
          const outer = await page.evaluate(() => document.querySelector("iframe[data-latticework]")!.getBoundingClientRect().height);
          const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          return Math.abs(outer - inner) <= 2 && outer > 300;
        })
        .toBe(true);
      const api = await page.evaluate(() => {
        const w = window as unknown as Record<string | symbol, { version?: number; set?: unknown }>;
        return { version: w[Symbol.for("latticework.embed")]?.version, set: typeof w.Latticework?.set };
      });
      expect(api).toEqual({ version: 2, set: "function" });
      await page.evaluate(() =>
        (window as unknown as { Latticework: { set: (f: Element, s: unknown) => void } }).Latticework.set(
          document.querySelector("iframe[data-latticework]")!,
          { view: "lattice", scenario: "trump" },
        ),
      );
      await expect.poll(() => shown(frame)).toMatchObject({ view: "lattice", scenario: "trump" });
    },
  },
  {
    name: 'the worked example, on a page with id="Latticework" elements, still drives its graphic',
    run: async ({ page, problems }) => {
      await page.route(`${server.url}example.html`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace("<body>", '<body><h2 id="Latticework">Latticework</h2><a name="Latticework"></a>');
        await route.fulfill({ response, body: html });
      });
      await page.goto(`${server.url}example.html`);
      const frame = await (async () => {
        await expect.poll(() => page.frames().some((f) => f.url().includes("embed=1"))).toBe(true);
        return page.frames().find((f) => f.url().includes("embed=1"))!;
      })();
      await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)', { timeout: 20_000 });
      await page.locator('.step[data-tie="us-japan-south-korea"]').first().scrollIntoViewIfNeeded();
      await page.evaluate(() => {
        const step = document.querySelector('.step[data-tie="us-japan-south-korea"]')!;
        window.scrollBy(0, step.getBoundingClientRect().top + step.getBoundingClientRect().height / 2 - innerHeight / 2);
      });
      await expect.poll(() => shown(frame), { timeout: 10_000 }).toMatchObject({ view: "lattice", tie: "us-japan-south-korea" });
      expect(problems.page).toEqual([]);
    },
  },
  {
    name: "a flood of 10,000 host set messages: one update a frame, drained in seconds, final state exact (figures logged)",
    run: async ({ page, host }) => {
      // The graphic on another site (localhost, the host on 127.0.0.1), so it runs in a process of
      // its own, as a newsroom's embed does: its long tasks are its own, not the host's sending loop.
      await page.goto(hostPage(host, server.url.replace("127.0.0.1", "localhost")));
      const frame = graphicFrame(page);
      await frame.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)');
      await expect.poll(async () => (await heard(page)).some((h) => h.data.type === "latticework:state")).toBe(true);
      await frame.evaluate(() => {
        const w = window as unknown as { longTasks: { name: string; duration: number; start: number }[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longTasks.push({ name: entry.name, duration: entry.duration, start: entry.startTime });
        }).observe({ type: "longtask" });
      });
      // The cost of one change, as a single host request (or a click) makes it: the yardstick.
      const single = async (state: Record<string, unknown>) => {
        await frame.evaluate(() => ((window as unknown as { longTasks: unknown[] }).longTasks.length = 0));
        await page.evaluate(
          (s) => document.querySelector("iframe")!.contentWindow!.postMessage({ type: "latticework:set", ...s }, "*"),
          state,
        );
        await expect.poll(() => shown(frame)).toMatchObject(state);
        await page.waitForTimeout(1500);
        const tasks = await frame.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks);
        return Math.max(0, ...tasks.map((t) => t.duration));
      };
      const oneChange = Math.max(await single({ view: "lattice", scenario: "trump" }), await single({ view: "hub", scenario: "biden" }));
      await frame.evaluate(() => ((window as unknown as { longTasks: unknown[] }).longTasks.length = 0));
      const before = (await heard(page)).length;
      const result = await page.evaluate(async () => {
        const iframe = document.querySelector("iframe[data-latticework]") as HTMLIFrameElement;
        const target = iframe.contentWindow!;
        const final = { view: "lattice", scenario: "trump", tie: "us-japan-south-korea", node: null };
        const started = performance.now();
        const drained = new Promise<number>((resolve) =>
          addEventListener("message", (event) => {
            const data = event.data as Record<string, unknown>;
            if (data.type === "latticework:state" && data.tie === final.tie && data.view === final.view && data.scenario === final.scenario)
              resolve(performance.now() - started);
          }),
        );
        // Sent in batches of 250, each its own task: the host's own loop is not what is measured.
        let longestBatch = 0;
        for (let batch = 0; batch < 40; batch++) {
          const at = performance.now();
          for (let k = batch * 250; k < (batch + 1) * 250; k++)
            target.postMessage(
              { type: "latticework:set", view: k % 2 ? "lattice" : "hub", scenario: k % 4 < 2 ? "biden" : "trump", tie: null },
              "*",
            );
          longestBatch = Math.max(longestBatch, performance.now() - at);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        const sent = performance.now() - started;
        target.postMessage({ type: "latticework:set", ...final }, "*");
        return { sent, longestBatch, drainedMs: await drained };
      });
      await expect.poll(() => shown(frame)).toEqual({ view: "lattice", scenario: "trump", tie: "us-japan-south-korea", node: null });
      // Let the morph that the last change started run out, so its frames are measured too.
      await page.waitForTimeout(1500);
      const states = (await heard(page)).slice(before).filter((h) => h.data.type === "latticework:state").length;
      const tasks = await frame.evaluate(
        () => (window as unknown as { longTasks: { name: string; duration: number; start: number }[] }).longTasks,
      );
      const own = tasks.filter((t) => t.name === "self");
      const longest = Math.max(0, ...own.map((t) => t.duration));
      const longestAny = Math.max(0, ...tasks.map((t) => t.duration));
      console.log(
        `[hardening] flood: 10,000 messages sent in ${result.sent.toFixed(0)} ms (longest batch of 250: ${result.longestBatch.toFixed(0)} ms), drained in ${result.drainedMs.toFixed(0)} ms; ` +
          `${states} state replies; longest task in the graphic ${longest.toFixed(0)} ms (${own.length} over 50 ms); longest in the page's process ${longestAny.toFixed(0)} ms; one change alone: longest task ${oneChange.toFixed(0)} ms`,
      );
      // One update a frame, not one per message: before coalescing, 10,000 messages took 68 s and
      // sent 10,000 state replies. The targets (< 2 s, no task over 50 ms) are for an idle
      // machine; the figures above are what this one measured, under whatever load it had.
      expect(result.drainedMs).toBeLessThan(6_000);
      expect(states).toBeLessThanOrEqual(100);
    },
  },
  {
    name: "labels with bidi controls cannot reverse the next name, in the table, the details and the export",
    context: { ...desktop, acceptDownloads: true },
    run: async ({ page }) => {
      await page.goto(server.url);
      await graphReady(page);
      const data = tinyDataset();
      const tie = data.ties.find((t) => t.members.length === 2)!;
      delete tie.label;
      const [first, second] = tie.members.map((id) => data.nodes.find((n) => n.id === id)!);
      first!.label = "Evil\u202e";
      second!.label = "Zebra";
      await page
        .getByLabel("Open dataset")
        .setInputFiles({ name: "bidi.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Tiny");
      await page.locator(".text-alternative > summary").click();
      /** Whether "Zebra" inside the element reads left to right on screen: Z left of e left of a. */
      const readsForward = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent!.indexOf("Zebra");
              if (at < 0) continue;
              const x = (k: number) => {
                const range = document.createRange();
                range.setStart(node!, at + k);
                range.setEnd(node!, at + k + 1);
                return range.getBoundingClientRect().left;
              };
              return x(0) < x(1) && x(1) < x(4) ? "forward" : "reversed";
            }
            return "no Zebra";
          });
      const row = `.tie-table tbody tr >> nth=${data.ties.indexOf(tie)}`;
      await page.locator(".tie-table").waitFor();
      expect(await readsForward(`${row} >> td >> nth=0`)).toBe("forward");
      expect(await readsForward(`${row} >> th button`)).toBe("forward");
      await page.locator(`${row} >> th button`).click();
      expect(await readsForward("#details-title")).toBe("forward");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download SVG" }).click();
      const svg = await (await download).createReadStream().then(
        (stream) =>
          new Promise<string>((resolve) => {
            let text = "";
            stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
            stream.on("end", () => resolve(text));
          }),
      );
      // In the export's caption the name is isolated and its override closed before what follows.
      expect(svg).toContain("\u2068Evil\u202e\u202c\u2069–Zebra");
    },
  },
  {
    name: "a label with a control character or nothing visible is refused, saying which character where",
    run: async ({ page }) => {
      await page.goto(server.url);
      await graphReady(page);
      const data = tinyDataset();
      data.nodes[1]!.label = "Bell\u0007";
      data.nodes[2]!.label = "\u200b\u200b";
      await page
        .getByLabel("Open dataset")
        .setInputFiles({ name: "controls.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
      await expect
        .poll(() => alertText(page))
        .toContain('nodes[1] ("a"), label: contains the control character U+0007 (BEL) at position 5');
      expect(await alertText(page)).toContain('nodes[2] ("b"), label: has no visible character (only U+200B (ZERO WIDTH SPACE))');
    },
  },
  ...Object.entries(encoded).map(([name, bytes]): Scenario => ({
    name: `${name} is read by ?data=, Open dataset and drop`,
    run: async ({ page }) => {
      const heading = () => page.getByRole("heading", { level: 1 }).textContent();
      const tiny = { name: "tiny.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(tinyDataset())) };
      await page.goto(appAt(`?data=enc/${name.replace(/\W+/g, "-")}.json`));
      await graphReady(page);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(await heading()).toBe(shippedTitle);
      // The tiny dataset first each time, so the shipped one loading is a visible change.
      await page.getByLabel("Open dataset").setInputFiles(tiny);
      await expect.poll(heading).toBe("Tiny");
      await page
        .getByLabel("Open dataset")
        .setInputFiles({ name: `${name}.json`, mimeType: "application/json", buffer: Buffer.from(bytes) });
      await expect.poll(heading).toBe(shippedTitle);
      await page.getByLabel("Open dataset").setInputFiles(tiny);
      await expect.poll(heading).toBe("Tiny");
      await drop(page, `${name}.json`, bytes);
      await expect.poll(heading).toBe(shippedTitle);
    },
  })),
  {
    name: "broken UTF-8 is refused with its byte offset by ?data=, Open dataset and drop",
    run: async ({ page }) => {
      const refusal = `not valid UTF-8: byte 0x92 at byte offset ${cp1252.offset} cannot be read (save the file as UTF-8)`;
      await page.goto(appAt("?data=enc/cp1252.json"));
      await expect.poll(() => alertText(page)).toContain(refusal);
      await page
        .getByLabel("Open dataset")
        .setInputFiles({ name: "cp1252.json", mimeType: "application/json", buffer: Buffer.from(cp1252.bytes) });
      await expect.poll(() => alertText(page)).toContain("“cp1252.json” could not be opened");
      expect(await alertText(page)).toContain(refusal);
      await page.locator('[role="alert"] button').click();
      await drop(page, "dropped.json", cp1252.bytes);
      await expect.poll(() => alertText(page)).toContain("“dropped.json” could not be opened");
      expect(await alertText(page)).toContain(refusal);
    },
  },
  {
    name: "a ?data= address too long to use is refused with an alert",
    run: async ({ page }) => {
      await page.goto(appAt(`?data=${"x".repeat(3000)}.json`));
      await graphReady(page);
      await expect.poll(() => alertText(page)).toContain("data: the address is too long to use: 3,005 characters, the limit is 2,048");
    },
  },
  {
    name: "in a frame sandboxed with allow-same-origin but not allow-downloads, offers its own page, not Download buttons",
    context: { ...desktop, acceptDownloads: true },
    // Chromium warns that this sandbox (allow-scripts with allow-same-origin) can be escaped.
    allowProblems: true,
    run: async ({ page, problems }) => {
      let downloads = 0;
      page.on("download", () => downloads++);
      await page.route(`${server.url}sandbox-host.html`, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><title>Host</title><link rel="icon" href="data:,"><iframe id="graphic" title="Graphic" sandbox="allow-scripts allow-same-origin" width="900" height="1100" src="${server.url}?embed=1&view=lattice"></iframe>`,
        }),
      );
      await page.goto(`${server.url}sandbox-host.html`);
      const frame = page.frameLocator("#graphic");
      await frame.locator('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)').waitFor();
      // The sandbox forbids downloads: no Download buttons, the graphic's own page instead.
      expect(await frame.getByRole("button", { name: /^Download/ }).count()).toBe(0);
      expect(await frame.getByRole("link", { name: "Open in its own page to save a picture" }).getAttribute("href")).toBe(
        `${server.url}?view=lattice&reader=1`,
      );
      expect(downloads).toBe(0);
      expect(problems.page).toEqual([]);
      // No download was tried: the browser had nothing to refuse.
      expect(problems.console.filter((message) => /Download is disallowed/.test(message))).toEqual([]);
    },
  },
];

/** Drops a file on the graphic as a reader dragging it from their desktop would. */
async function drop(page: Page, name: string, bytes: Uint8Array) {
  await page.evaluate(
    ([fileName, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: "application/json" }));
      const target = document.querySelector(".graphic__body")!;
      for (const type of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, [...bytes]] as const,
  );
}

runScenarios(scenarios);
