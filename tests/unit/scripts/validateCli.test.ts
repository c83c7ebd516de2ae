import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedText, tinyDataset } from "../fixtures";
import { encodings, windows1252 } from "../data/encodings";
import { validateCommand } from "../../../scripts/cli/validateCommand";

const dir = mkdtempSync(join(tmpdir(), "latticework-validate-"));
const write = (name: string, text: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// In-process (a spawned `tsx` costs seconds each); the first case spawns the script to check its wiring.
const validate = (...files: string[]) => validateCommand(files);
const spawn = (...files: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", ...files], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("npm run validate", () => {
  it("accepts the shipped dataset with a one-line summary", () => {
    const { status, stdout } = spawn("data/indo-pacific.json");
    expect(status).toBe(0);
    expect(stdout.trim()).toBe("data/indo-pacific.json: valid: 18 nodes, 24 ties, 62 quotes, 2 scenarios (biden, trump)");
  });

  it("lists every error with its path, exits 1, and prints no stack trace", () => {
    const data = tinyDataset() as unknown as { ties: { members: string[]; quotes: unknown[] }[]; nodes: { label: unknown }[] };
    data.ties[0]!.members[1] = "atlantis";
    data.ties[2]!.quotes = [];
    data.nodes[3]!.label = 7;
    const { status, stderr, stdout } = validate(write("broken.json", JSON.stringify(data, null, 2)));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("broken.json: 3 errors");
    expect(stderr).toMatch(/ {2}nodes\[3\] \("c"\), label: should be text, not 7 \(line \d+, column \d+\)/);
    expect(stderr).toMatch(/ {2}ties\[2\] \("[a-z-]+"\): has no quotes: every tie needs at least one \(line \d+, column 5\)/);
    expect(stderr).toMatch(/ {2}ties\[0\] \("hub-a"\), members\[1\]: there is no node "atlantis" \(line \d+, column 9\)/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("reports invalid JSON and a missing file the same way", () => {
    const bad = validate(write("bad.json", "{ nope"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'bad.json: 1 error\n  the file: not valid JSON: expected a name in double quotes, found "n" (line 1, column 3)\n  1 | { nope\n        ^',
    );
    const missing = validate(join(dir, "missing.json"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("missing.json: cannot be read (no such file)");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads every encoding the app reads, and refuses what the app refuses, in the app's words", () => {
    const files = encodings(shippedText).map(({ name, bytes }) => write(`${name.replace(/\W+/g, "-")}.json`, bytes));
    const { status, stdout } = validate(...files);
    expect(status).toBe(0);
    expect(stdout.match(/: valid: 18 nodes/g)).toHaveLength(4);

    const { bytes, offset } = windows1252(shippedText.replace("Asia", "Asia’"));
    const broken = validate(write("cp1252.json", bytes));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      `cp1252.json: not valid UTF-8: byte 0x92 at byte offset ${offset} cannot be read (save the file as UTF-8)`,
    );

    const big = validate(write("big.json", new Uint8Array(6 * 1024 * 1024).fill(0x20)));
    expect(big.status).toBe(1);
    expect(big.stderr).toContain("big.json: too large: 6 MB, the limit is 5 MB");
  });
});
