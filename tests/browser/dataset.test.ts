import { expect } from "vitest";
import { tinyDataset } from "../unit/fixtures";
import { graphReady, runScenarios, type Scenario } from "./harness";

const asFile = (name: string, content: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
});
const nodeIds = (page: Parameters<Scenario["run"]>[0]["page"]) =>
  page.$$eval("[data-node-id]", (els) => els.map((el) => el.getAttribute("data-node-id")));

const scenarios: Scenario[] = [
  {
    name: "opens a reader's dataset file through the worker's validator and draws it",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      await page.getByLabel("Open dataset").setInputFiles(asFile("mine.json", tinyDataset()));
      await expect.poll(() => nodeIds(page)).toEqual(["hub", "a", "b", "c", "r"]);
      await graphReady(page);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tiny");
      await page.getByRole("radio", { name: "Lattice" }).check();
      await expect.poll(() => page.getAttribute('[data-tie-id="a-b"]', "opacity")).toBe("1");
    },
  },
  {
    name: "refuses a broken file with its paths and keeps the graphic shown",
    run: async ({ page, app }) => {
      await page.goto(app);
      await graphReady(page);
      const before = await nodeIds(page);
      const broken = tinyDataset() as unknown as { ties: { members: string[] }[]; nodes: { id: string }[] };
      broken.ties[0]!.members[1] = "atlantis";
      broken.nodes[2]!.id = "a";
      await page.getByLabel("Open dataset").setInputFiles(asFile("broken.json", broken));
      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent()).toContain('ties[0] ("hub-a"), members[1]: there is no node "atlantis"');
      expect(await alert.textContent()).toContain(
        'nodes[2] ("a"), id: "a" is already the id of an earlier node: give each node its own id',
      );
      expect(await nodeIds(page)).toEqual(before);
    },
  },
];

runScenarios(scenarios);
