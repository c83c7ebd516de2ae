// @vitest-environment node
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tinyDataset } from "../fixtures";

const dir = mkdtempSync(join(tmpdir(), "latticework-validate-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const validate = (...files: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", ...files], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("npm run validate", () => {
  it("accepts the shipped dataset with a one-line summary", () => {
    const { status, stdout } = validate("data/indo-pacific.json");
    expect(status).toBe(0);
    expect(stdout.trim()).toBe("data/indo-pacific.json: valid: 18 nodes, 24 ties, 62 quotes, 2 scenarios (biden, trump)");
  });

  it("lists every error with its path, exits 1, and prints no stack trace", () => {
    const data = tinyDataset() as unknown as { ties: { members: string[]; quotes: unknown[] }[]; nodes: { label: unknown }[] };
    data.ties[0]!.members[1] = "atlantis";
    data.ties[2]!.quotes = [];
    data.nodes[3]!.label = 7;
    const { status, stderr, stdout } = validate(write("broken.json", JSON.stringify(data)));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("broken.json: 3 errors");
    expect(stderr).toContain("  nodes[3].label: expected string, found 7");
    expect(stderr).toContain("  ties[2].quotes: every tie needs at least one quote");
    expect(stderr).toContain('  ties[0].members[1]: unknown node "atlantis"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("reports invalid JSON and a missing file the same way", () => {
    const bad = validate(write("bad.json", "{ nope"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: 1 error\n {2}\(root\): not valid JSON/);
    const missing = validate(join(dir, "missing.json"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("missing.json: cannot be read (no such file)");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
