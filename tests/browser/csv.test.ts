import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { graphReady, runScenarios, type Scenario } from "./harness";

/** A dataset on another topic, written by hand as CSV from the README alone (tests/fixtures/). */
const folder = resolve("tests/fixtures/library-network");
const names = readdirSync(folder).sort();
const paths = names.map((name) => join(folder, name));
const title = "How the county's libraries share their books";

/** Words of the Indo-Pacific article and its dataset that must not reach another topic's page. */
const articleWords = [
  "Trump",
  "Biden",
  "Indo-Pacific",
  "Japan",
  "Washington",
  "Tokyo",
  "troops",
  "treaty",
  "Korea",
  "Australia",
  "Philippines",
  "China",
  "Asia",
  "alliance",
  "defence",
  "defense",
];

const nodeIds = (page: Page) => page.$$eval("[data-node-id]", (els) => els.map((el) => el.getAttribute("data-node-id")));

/** It draws with its own title, key and words, and nothing of the article's. */
async function drawsTheLibraries(page: Page) {
  await expect
    .poll(() => nodeIds(page))
    .toEqual(["central", "north", "south", "east", "west", "university", "schools", "archive", "bookshop"]);
  await graphReady(page);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
  expect(await page.title()).toBe(title);
  expect(await page.getAttribute('meta[name="description"]', "content")).toMatch(/^The central library lends to four branches/);
  // textContent, not innerText: the words as written (some headings are upper-cased by CSS), hidden ones too.
  const text = await page.evaluate(() => document.body.textContent ?? "");
  // No "Without the hub" figure here: it counts the hub's allies that are countries, and these are all organizations.
  expect(text).not.toContain("Without the hub");
  // The key, in the dataset's own words (states.csv, roles.csv), and neutral words elsewhere.
  expect(text).toContain("Central library Where the county's books start from.");
  expect(text).toContain("Branch A county branch library.");
  expect(text).toContain("Written down Set out in a signed agreement between the libraries.");
  expect(text).toContain("Deepening Being deepened and formalized.");
  const all = `${text}\n${await page.title()}`;
  const found = articleWords.filter((word) => new RegExp(`\\b${word}`, "i").test(all));
  expect(found).toEqual([]);
}

const scenarios: Scenario[] = [
  {
    name: "opens a dataset's CSV files chosen at once, loading the CSV reader only then",
    run: async ({ page, app }) => {
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url());
      });
      await page.goto(app);
      await graphReady(page);
      const before = scripts.length;
      expect(scripts.some((url) => url.includes("csvTools"))).toBe(false);
      await page.getByLabel("Open dataset").setInputFiles(paths);
      await drawsTheLibraries(page);
      expect(scripts.slice(before).some((url) => url.includes("csvTools"))).toBe(true);
      // The three-member tie is one object, drawn in the lattice.
      await page.getByRole("radio", { name: "Lattice" }).check();
      await expect.poll(() => page.getAttribute('[data-tie-id="courier"]', "opacity")).toBe("1");
    },
  },
  {
    name: "takes the same files dropped onto the graphic",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const files = names.map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
      const drop = await page.evaluateHandle((list) => {
        const data = new DataTransfer();
        for (const { name, text } of list) data.items.add(new File([text], name, { type: "text/csv" }));
        return data;
      }, files);
      const target = page.locator(".graphic__body");
      await target.dispatchEvent("dragover", { dataTransfer: drop });
      await target.dispatchEvent("drop", { dataTransfer: drop });
      await drawsTheLibraries(page);
    },
  },
  {
    name: "refuses broken CSV files with the file, row and column, and keeps the graphic",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const before = await nodeIds(page);
      const files = names.map((name) => {
        let text = readFileSync(join(folder, name), "utf8");
        if (name.endsWith("ties.csv")) text = text.replace(",steady,steady,at-risk\n", ",steady,steady,at risk\n");
        return { name, mimeType: "text/csv", buffer: Buffer.from(text) };
      });
      await page.getByLabel("Open dataset").setInputFiles(files);
      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent()).toContain("These files do not make a valid dataset");
      expect(await alert.textContent()).toContain(
        'Library network - ties.csv, row 3, status_budget-cut: "at risk" is not a state. Did you mean "at-risk"?',
      );
      expect(await nodeIds(page)).toEqual(before);
    },
  },
  {
    name: "downloads the data shown as a zip of CSV files that import back",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.getByLabel("Open dataset").setInputFiles(paths);
      await drawsTheLibraries(page);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download data as CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("how-the-countys-libraries-share-their-books-csv.zip");
      const path = await download.path();
      const entries = unzipSync(readFileSync(path));
      const folderName = "how-the-countys-libraries-share-their-books-csv";
      expect(Object.keys(entries).sort()).toEqual(
        ["meta", "nodes", "quotes", "roles", "scenarios", "states", "ties"].map((table) => `${folderName}/${table}.csv`),
      );
      expect(strFromU8(entries[`${folderName}/ties.csv`] ?? new Uint8Array())).toContain(
        "courier,north|south|east,Courier route,Courier van,",
      );
      // The zip's files, opened again, draw the same graphic.
      await page.getByLabel("Open dataset").setInputFiles(
        Object.entries(entries).map(([name, bytes]) => ({
          name: name.split("/").pop() ?? name,
          mimeType: "text/csv",
          buffer: Buffer.from(bytes),
        })),
      );
      await drawsTheLibraries(page);
    },
  },
];

runScenarios(scenarios);
