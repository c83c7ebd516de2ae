import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { tinyDataset } from "../unit/fixtures";
import { graphReady, runScenarios, waitForMorphEnd, type Problems, type Scenario } from "./harness";
import { serveStatic, type StaticServer } from "../../scripts/staticServer";

// ---- the policies ---------------------------------------------------------------------------

/** The policy the issue names: no inline script, no eval, no `new Function`. */
const issuePolicy = "default-src 'self'; script-src 'self'";
/** The policy the README recommends, with each fetch directive spelled out and framing restricted. */
const recommendedPolicy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

// ---- the datasets a reader might point ?data= at ----------------------------------------------

const shippedJson = readFileSync("data/indo-pacific.json", "utf8");
const shippedNodeIds = (JSON.parse(shippedJson) as { nodes: { id: string }[] }).nodes.map((n) => n.id).sort();

type Loose = Record<string, unknown> & { nodes: Loose[]; ties: Loose[]; scenarios: Loose[]; meta: Loose };
const shippedCopy = () => JSON.parse(shippedJson) as Loose;
const byId = (items: Loose[], id: string) => items.find((item) => item.id === id)!;

/** Markup in every kind of text a dataset carries; each payload would leave a mark on `window` if it ever ran. */
const markup = {
  title: `<img src=x onerror="window.__pwned='title'">`,
  description: `<script>window.__pwned='description'</script>`,
  scenario: `"><svg onload="window.__pwned='scenario'">`,
  node: `<img src=x onerror="window.__pwned='node'">`,
  shortLabel: `<b>PH</b>`,
  japan: `Japan</text><script>window.__pwned='jp'</script>`,
  tieLabel: `<a href="javascript:window.__pwned='label'">U.S.–Japan</a>`,
  kind: `<u>Alliance</u>`,
  summary: `<iframe srcdoc="<script>parent.__pwned='summary'</script>"></iframe>`,
  quote: `<script>window.__pwned='quote'</script> javascript:window.__pwned='link' {{constructor.constructor('window.__pwned=1')()}}`,
  speaker: `<img src=x onerror="window.__pwned='speaker'">`,
  affiliation: `<style>body{display:none}</style>`,
};

function markupDataset(): string {
  const data = shippedCopy();
  data.meta.title = markup.title;
  data.meta.description = markup.description;
  data.scenarios[1]!.label = markup.scenario;
  Object.assign(byId(data.nodes, "philippines"), { label: markup.node, shortLabel: markup.shortLabel });
  byId(data.nodes, "japan").label = markup.japan;
  const tie = byId(data.ties, "us-japan");
  Object.assign(tie, { label: markup.tieLabel, kind: markup.kind, summary: markup.summary });
  // Keep the quote's grounds, so the dataset stays valid: only its words are markup.
  Object.assign((tie.quotes as Record<string, unknown>[])[0]!, {
    text: markup.quote,
    speaker: markup.speaker,
    affiliation: markup.affiliation,
  });
  return JSON.stringify(data);
}

function invalidDataset(): string {
  const data = shippedCopy();
  (data.ties[0]!.members as string[])[1] = "atlantis";
  data.nodes[2]!.id = data.nodes[1]!.id;
  (data.meta.source as Loose).url = "javascript:alert(1)";
  return JSON.stringify(data);
}

const pollutingDataset = () => shippedJson.replace('"nodes": [', '"nodes": [{ "__proto__": { "polluted": true } },');
/** Would be valid but for its size: 6 MB, over the 5 MB cap. */
const hugeDataset = () => JSON.stringify({ ...(JSON.parse(shippedJson) as object), $schema: "x".repeat(6 * 1024 * 1024) });

const json = "application/json; charset=utf-8";
const js = "text/javascript; charset=utf-8";
const prefix = "/graphics/latticework/";
const routes: Record<string, [string, string]> = {
  [`${prefix}data/markup.json`]: [json, markupDataset()],
  [`${prefix}data/tiny.json`]: [json, JSON.stringify(tinyDataset())],
  [`${prefix}data/invalid.json`]: [json, invalidDataset()],
  [`${prefix}data/polluting.json`]: [json, pollutingDataset()],
  [`${prefix}data/huge.json`]: [json, hugeDataset()],
  [`${prefix}data/page.html`]: ["text/html; charset=utf-8", "<!doctype html><p>Not a dataset</p>"],
  // A page that breaks the policy on purpose (inline script, style attribute, eval in a worker), to show the checks see it.
  [`${prefix}control/page.html`]: [
    "text/html; charset=utf-8",
    `<!doctype html><p style="color:red">x</p><script>window.inline = 1</script><script src="page.js"></script>`,
  ],
  [`${prefix}control/page.js`]: [js, `new Worker("worker.js");`],
  [`${prefix}control/worker.js`]: [js, `try { new Function(""); } catch (e) {}`],
  "/favicon.ico": ["image/svg+xml", readFileSync("scripts/favicon.svg", "utf8")],
};

// ---- servers: the build under each policy, and another origin ----------------------------------

/** The build under a policy, collecting the violation reports that `report-uri` sends (from the page and its worker). */
type PolicedServer = StaticServer & { reports: string[] };

async function policed(policy: string | null): Promise<PolicedServer> {
  const headers: Record<string, string> = policy ? { "content-security-policy": `${policy}; report-uri /csp-report` } : {};
  const server = await serveStatic("dist", { prefix, headers, routes: { ...routes, "/csp-report": ["text/plain", ""] } });
  const reports: string[] = [];
  server.server.on("request", (request) => {
    if (request.url !== "/csp-report") return;
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const report = (JSON.parse(body) as { "csp-report": Record<string, string> })["csp-report"];
      reports.push(`${report["violated-directive"]} ${report["blocked-uri"]} in ${report["source-file"] ?? report["document-uri"]}`);
    });
  });
  return Object.assign(server, { reports });
}

const servers = {} as {
  issue: PolicedServer;
  recommended: PolicedServer;
  none: PolicedServer;
  unframeable: PolicedServer;
  elsewhere: StaticServer;
};
/** What the other origin serves: a dataset, and article pages that frame the graphic (added once the app's origins are known). */
const elsewhereRoutes: Record<string, [string, string]> = {
  "/data/tiny.json": [json, JSON.stringify(tinyDataset())],
  "/favicon.ico": routes["/favicon.ico"]!,
};
let elsewhereRequests: string[] = [];

beforeAll(async () => {
  servers.elsewhere = await serveStatic("tests/browser/hosts", { routes: elsewhereRoutes });
  servers.elsewhere.server.on("request", (request) => elsewhereRequests.push(request.url ?? ""));
  servers.issue = await policed(issuePolicy);
  servers.recommended = await policed(recommendedPolicy(`'self' ${servers.elsewhere.origin}`));
  servers.none = await policed(null);
  servers.unframeable = await policed(recommendedPolicy("'self'"));
  const article = (server: StaticServer, attributes = "") =>
    `<!doctype html><title>Article</title><iframe src="${server.url}?embed=1" title="The graphic" width="800" height="700"${attributes}></iframe>`;
  elsewhereRoutes["/article.html"] = ["text/html; charset=utf-8", article(servers.recommended)];
  elsewhereRoutes["/sandboxed.html"] = ["text/html; charset=utf-8", article(servers.recommended, ' sandbox="allow-scripts"')];
  elsewhereRoutes["/unlisted.html"] = ["text/html; charset=utf-8", article(servers.unframeable)];
}, 30_000);

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

// ---- what the page saw ------------------------------------------------------------------------

type Recorded = { __violations: string[]; __pwned?: unknown };

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Recorded;
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

/** Violations seen by the document (its event) and by the server (reports, which also come from workers). */
async function violations(target: Page | Frame, server: PolicedServer): Promise<string[]> {
  // Reports are posted asynchronously; the control scenario shows they arrive well within this.
  await new Promise((done) => setTimeout(done, 500));
  const inPage = await target.evaluate(() => (window as unknown as Recorded).__violations ?? ["the recorder was not installed"]);
  return [...inPage, ...server.reports];
}

/** With `allowProblems`, the problems that remain once the expected ones are set aside. */
const unexpected = (problems: Problems, expected: RegExp[]) =>
  [...problems.console, ...problems.page, ...problems.requests].filter((p) => !expected.some((re) => re.test(p)));

async function nodeIds(page: Page) {
  return (await page.$$eval("[data-node-id]", (els) => els.map((e) => e.getAttribute("data-node-id")!))).sort();
}

async function alertText(page: Page) {
  const alert = page.getByRole("alert");
  await alert.waitFor();
  return (await alert.textContent()) ?? "";
}

// ---- the scenarios ----------------------------------------------------------------------------

type PolicyName = "issue" | "recommended";

const explores = (policy: PolicyName): Scenario => ({
  name: `runs under ${policy === "issue" ? issuePolicy : "the recommended policy"} with no violation: views, scenarios, a tie, the table, zoom`,
  run: async ({ page }) => {
    const server = servers[policy];
    server.reports.length = 0;
    await recordViolations(page);
    // A dataset by its address (the published one, as a reader's own would come) is validated and
    // laid out by the engine worker, so the worker runs under the policy too.
    await page.goto(`${server.url}?data=dataset.json`);
    await graphReady(page);
    expect(page.workers().length).toBeGreaterThan(0);
    await page.getByRole("radio", { name: "Lattice" }).check();
    await waitForMorphEnd(page);
    await page.getByRole("radio", { name: "Trump" }).check();
    await page.locator('[data-tie-id="us-japan"] .tie__hit').click({ force: true });
    await expect.poll(() => page.getByRole("complementary", { name: "Details" }).locator("blockquote").count()).toBe(7);
    await page.getByText(/^Table of all \d+ ties$/).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Reset zoom" }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("radio", { name: "Hub-and-spokes" }).check();
    await waitForMorphEnd(page);
    expect(await violations(page, server)).toEqual([]);
  },
});

const showsMarkupAsText = (policy: "issue" | "none"): Scenario => ({
  name: `shows markup in data as text and never runs it (${policy === "issue" ? "under the policy" : "with no policy to help"})`,
  run: async ({ page }) => {
    const server = servers[policy];
    server.reports.length = 0;
    await recordViolations(page);
    await page.goto(`${server.url}?tie=us-japan`);
    await graphReady(page);
    const svgs = await page.locator("svg").count();

    await page.goto(`${server.url}?data=data/markup.json&tie=us-japan`);
    await graphReady(page);
    expect(await page.locator("h1").textContent()).toBe(markup.title);
    expect(await page.getByRole("radio", { name: markup.scenario }).count()).toBe(1);
    expect(await page.getAttribute('[data-node-id="philippines"]', "aria-label")).toContain(markup.node);
    expect(await page.locator('[data-node-id="philippines"] text').textContent()).toBe(markup.node);
    expect(await page.locator('[data-node-id="japan"] text').textContent()).toBe(markup.japan);
    const panel = page.getByRole("complementary", { name: "Details" });
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe(markup.tieLabel);
    expect(await panel.locator(".details__summary").textContent()).toBe(markup.summary);
    expect(await panel.locator(".details__kicker").textContent()).toBe(markup.kind);
    expect(await panel.locator("blockquote").first().textContent()).toBe(markup.quote);
    expect(await panel.locator(".quote__speaker").first().textContent()).toBe(markup.speaker);
    expect(await panel.locator(".quote__affiliation").first().textContent()).toBe(`, ${markup.affiliation}`);
    // As many drawings as the same state of the shipped dataset: none came from the data.
    expect(await page.locator("svg").count()).toBe(svgs);
    await page.getByText(/^Table of all \d+ ties$/).click();
    expect(await page.locator(".tie-table").textContent()).toContain(markup.tieLabel);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.locator(".details__summary").textContent()).toBe(markup.description);

    // Nothing was injected: no element the data named, no handler, no script but the app's own.
    const injected = await page.evaluate(() => ({
      elements: [...document.querySelectorAll("img, iframe, style, object, embed, b, u, a[href^='javascript:']")].map(
        (e) => `<${e.localName} ${e.getAttributeNames().join(" ")}>`,
      ),
      handlers: [...document.querySelectorAll("*")].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith("on"))),
      // The page's own JSON (the published dataset and layouts) is data, never run: not a script.
      scripts: [...document.scripts]
        .filter((s) => !(s.type === "application/json" && /^latticework-(dataset|layouts)$/.test(s.id)))
        .map((s) => s.getAttribute("src"))
        .filter((src) => !src || !/(^|\/)assets\/[\w.-]+\.js$/.test(src)),
      bodyShown: getComputedStyle(document.body).display !== "none",
    }));
    expect(injected).toEqual({ elements: [], handlers: [], scripts: [], bodyShown: true });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as Recorded).__pwned)).toBeUndefined();
    if (policy === "issue") expect(await violations(page, servers.issue)).toEqual([]);
  },
});

type Refusal = {
  name: string;
  data: () => string;
  says: (string | RegExp)[];
  /** Console and network problems the page reports for this refusal, and no others. */
  expected?: RegExp[];
};

const refusals: Refusal[] = [
  {
    name: "a file that is not there",
    data: () => "data/missing.json",
    says: ["data: could not be fetched: the server answered 404"],
    expected: [/404 .*\/data\/missing\.json$/, /Failed to load resource: the server responded with a status of 404/],
  },
  {
    name: "another origin, not on the allow-list",
    data: () => `${servers.elsewhere.origin}/data/tiny.json`,
    says: [/data: not allowed: http:\/\/127\.0\.0\.1:\d+ is not this page's origin nor on this build's allow-list/],
  },
  {
    name: "a javascript: address",
    data: () => "javascript:window.__pwned=1",
    says: ["data: only http(s) addresses are allowed, not javascript:"],
  },
  {
    name: "a data: address",
    data: () => 'data:application/json,{"nodes":[]}',
    says: ["data: only http(s) addresses are allowed, not data:"],
  },
  { name: "an address that does not parse", data: () => "http://[::1", says: [/data: "http:\/\/\[::1" is not a valid address/] },
  {
    name: "a file over the size cap",
    data: () => "data/huge.json",
    says: ["data: too large: more than 5 MB, the limit"],
    // Reading stops at the cap, so the rest of the download is cancelled.
    expected: [/\/data\/huge\.json net::ERR_ABORTED$/],
  },
  {
    name: "a page that is not JSON",
    data: () => "data/page.html",
    says: ['the file: not valid JSON: expected a value, found "<" (line 1, column 1)'],
  },
  {
    name: "a dataset with an unknown member, a duplicate id and a javascript: link",
    data: () => "data/invalid.json",
    says: [
      /ties\[0\] \("[a-z-]+"\), members\[1\]: there is no node "atlantis"/,
      /nodes\[2\] \("[a-z-]+"\), id: "[a-z-]+" is already the id of an earlier node: give each node its own id/,
      "meta.source.url: must be an http(s) URL",
    ],
  },
  {
    name: "a dataset with __proto__ in it",
    data: () => "data/polluting.json",
    says: ['nodes[0].__proto__: the key "__proto__" is not allowed'],
  },
];

const refuses = ({ name, data, says, expected = [] }: Refusal): Scenario => ({
  name: `refuses ${name} with an alert, keeps the shipped graphic, throws nothing`,
  allowProblems: true,
  run: async ({ page, problems }) => {
    const server = servers.issue;
    server.reports.length = 0;
    elsewhereRequests = [];
    await recordViolations(page);
    await page.goto(`${server.url}?data=${encodeURIComponent(data())}`);
    const text = await alertText(page);
    for (const phrase of says) {
      if (typeof phrase === "string") expect(text).toContain(phrase);
      else expect(text).toMatch(phrase);
    }
    await graphReady(page);
    expect(await nodeIds(page)).toEqual(shippedNodeIds);
    expect(
      await page.evaluate(() => [typeof (window as unknown as Recorded).__pwned, typeof ({} as Record<string, unknown>).polluted]),
    ).toEqual(["undefined", "undefined"]);
    expect(elsewhereRequests).toEqual([]);
    expect(await violations(page, server)).toEqual([]);
    expect(problems.page).toEqual([]);
    expect(unexpected(problems, expected)).toEqual([]);
  },
});

const scenarios: Scenario[] = [
  {
    name: "sees a violation where there is one: inline script and style in the page, eval in a worker",
    allowProblems: true,
    run: async ({ page }) => {
      const server = servers.issue;
      server.reports.length = 0;
      await recordViolations(page);
      await page.goto(`${server.origin}${prefix}control/page.html`);
      await expect.poll(() => server.reports.some((r) => r.startsWith("script-src eval") && r.includes("worker.js"))).toBe(true);
      const seen = await violations(page, server);
      expect(seen.some((v) => v.startsWith("script-src-elem inline"))).toBe(true);
      expect(seen.some((v) => v.startsWith("style-src-attr inline"))).toBe(true);
    },
  },
  explores("issue"),
  explores("recommended"),
  showsMarkupAsText("issue"),
  showsMarkupAsText("none"),
  {
    name: "draws a valid dataset of the reader's from ?data=",
    run: async ({ page }) => {
      await recordViolations(page);
      servers.issue.reports.length = 0;
      await page.goto(`${servers.issue.url}?data=data/tiny.json&view=lattice`);
      await graphReady(page);
      expect(await nodeIds(page)).toEqual(["a", "b", "c", "hub", "r"]);
      expect(await page.locator("h1").textContent()).toBe("Tiny");
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(await violations(page, servers.issue)).toEqual([]);
    },
  },
  ...refusals.map(refuses),
  ...[
    ["article", "an iframe"],
    ["sandboxed", 'an <iframe sandbox="allow-scripts"> (no worker there: the engine runs as a plain script)'],
  ].map(([page, frame]): Scenario => ({
    name: `can be framed by a page the policy's frame-ancestors names, in ${frame}, and runs there with no violation`,
    run: async ({ page: host }) => {
      servers.recommended.reports.length = 0;
      await recordViolations(host);
      await host.goto(`${servers.elsewhere.origin}/${page}.html`);
      const graphic = (await (await host.waitForSelector("iframe")).contentFrame())!;
      await graphic.waitForSelector('.graph[data-lattice="ready"] .graph__svg:not(.is-pending)');
      await graphic.getByRole("radio", { name: "Lattice" }).check();
      await graphic.locator('[data-tie-id="us-japan"] .tie__hit').click({ force: true });
      await graphic.getByRole("complementary", { name: "Details" }).locator("blockquote").first().waitFor();
      // The published graphic's lattice came with the page: no engine, in a worker or as a script.
      expect(await graphic.evaluate(() => "__latticeworkEngine" in globalThis)).toBe(false);
      expect(await violations(graphic, servers.recommended)).toEqual([]);
    },
  })),
  {
    name: "cannot be framed by a page that frame-ancestors leaves out",
    allowProblems: true,
    run: async ({ page, problems }) => {
      await page.goto(`${servers.elsewhere.origin}/unlisted.html`);
      await expect.poll(() => problems.console.some((m) => /frame-ancestors 'self'/.test(m))).toBe(true);
      const frame = await (await page.waitForSelector("iframe")).contentFrame();
      expect(await frame!.locator(".graph").count()).toBe(0);
    },
  },
];

runScenarios(scenarios);
