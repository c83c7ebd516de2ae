import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../../../bench/syntheticDataset";
import { generateDatasetCommand } from "../../../scripts/cli/generateDatasetCommand";
import { buildGraphModel } from "../../../src/model/graphModel";
import { drawableLimits } from "../../../src/model/schema";
import { validateDataset } from "../../../src/model/validateDataset";

const errorsOf = (data: unknown) => {
  const result = validateDataset(data);
  return result.ok ? [] : result.errors;
};

/** Nodes reachable from the hub through ties of any kind. */
function reachable(data: ReturnType<typeof syntheticDataset>): number {
  const model = buildGraphModel(data);
  const seen = new Set([model.hub]);
  const queue = [model.hub];
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (const t of model.tiesOfNode[i]!)
      for (const j of model.tieMembers[t]!)
        if (!seen.has(j)) {
          seen.add(j);
          queue.push(j);
        }
  }
  return seen.size;
}

describe("syntheticDataset", () => {
  it.each([2, 5, 30, 100, 1000, 3000])("is a valid dataset of %i nodes", (n) => {
    const data = syntheticDataset({ nodes: n });
    expect(errorsOf(data)).toEqual([]);
    expect(data.nodes).toHaveLength(n);
  });

  it.each([100, 300, 1000, 3000])("has three ties per node at %i nodes, mostly bilateral, in one piece", (n) => {
    const data = syntheticDataset({ nodes: n });
    expect(data.ties).toHaveLength(3 * n);
    const multilateral = data.ties.filter((tie) => tie.members.length > 2);
    expect(multilateral.length).toBeGreaterThan(0);
    expect(multilateral.length).toBeLessThan(0.1 * data.ties.length);
    for (const tie of multilateral) expect(tie.members.length).toBeLessThanOrEqual(4);
    expect(reachable(data)).toBe(n);
  });

  it("has one hub, some allies, mostly partners and a few rivals", () => {
    const roles = syntheticDataset({ nodes: 1000 }).nodes.map((node) => node.role);
    const count = (role: string) => roles.filter((r) => r === role).length;
    expect(count("hub")).toBe(1);
    expect(count("ally")).toBeGreaterThan(5);
    expect(count("rival")).toBeGreaterThan(5);
    expect(count("partner")).toBeGreaterThan(0.8 * roles.length);
  });

  it("gives short labels and a short quote for every tie", () => {
    const data = syntheticDataset({ nodes: 300 });
    for (const node of data.nodes) expect(node.label.length).toBeLessThanOrEqual(20);
    for (const tie of data.ties) {
      expect(tie.quotes).toHaveLength(1);
      expect(tie.quotes[0]!.text.length).toBeLessThan(120);
    }
  });

  it("is the same for a seed and different for another", () => {
    expect(JSON.stringify(syntheticDataset({ nodes: 300, seed: 7 }))).toBe(JSON.stringify(syntheticDataset({ nodes: 300, seed: 7 })));
    expect(JSON.stringify(syntheticDataset({ nodes: 300, seed: 8 }))).not.toBe(JSON.stringify(syntheticDataset({ nodes: 300, seed: 7 })));
  });

  it("refuses sizes the schema cannot hold", () => {
    expect(() => syntheticDataset({ nodes: 1 })).toThrow(RangeError);
    expect(() => syntheticDataset({ nodes: drawableLimits.nodes + 1 })).toThrow(RangeError);
    expect(syntheticDataset({ nodes: drawableLimits.nodes }).nodes).toHaveLength(drawableLimits.nodes);
  });
});

describe("scripts/generateDataset.ts", () => {
  it("prints a valid dataset, the same for the same seed", () => {
    // One spawn checks the script's wiring; the rest run in-process (a spawn costs a second).
    const first = spawnSync(process.execPath, ["--import", "tsx", "scripts/generateDataset.ts", "50", "3"], { encoding: "utf8" });
    expect(first.status).toBe(0);
    expect(errorsOf(JSON.parse(first.stdout))).toEqual([]);
    expect(generateDatasetCommand(["50", "3"]).stdout).toBe(first.stdout);
    const bad = generateDatasetCommand(["many"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Usage");
  });
});
