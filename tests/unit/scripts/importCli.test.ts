import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tinyDataset } from "../fixtures";
import type { CliRun } from "../../../scripts/cli/cliRun";
import { exportCsvCommand } from "../../../scripts/cli/exportCsvCommand";
import { importCommand } from "../../../scripts/cli/importCommand";

const dir = mkdtempSync(join(tmpdir(), "latticework-import-"));
// The commands run in-process (a spawned `tsx` costs seconds each); one spawn per script checks the wiring.
const commands: Record<string, (args: string[]) => CliRun> = {
  "scripts/import.ts": importCommand,
  "scripts/exportCsv.ts": exportCsvCommand,
};
const run = (script: string, ...args: string[]) => {
  const command = commands[script];
  if (!command) throw new Error(`no command for ${script}`);
  return command(args);
};
const spawn = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const library = resolve("tests/fixtures/library-network");

describe("npm run import and npm run export-csv", () => {
  it("imports the hand-written library network from its folder, and from its files one by one", () => {
    const out = join(dir, "library.json");
    const fromFolder = spawn("scripts/import.ts", library, "-o", out);
    expect(fromFolder.stderr).toBe("");
    expect(fromFolder.status).toBe(0);
    expect(fromFolder.stdout.trim()).toBe(`${out}: written from 7 files: 9 nodes, 9 ties, 3 scenarios`);
    const dataset = JSON.parse(readFileSync(out, "utf8")) as ReturnType<typeof tinyDataset>;
    expect(dataset.meta.title).toBe("How the county's libraries share their books");
    expect(dataset.ties.find((tie) => tie.id === "courier")?.members).toEqual(["north", "south", "east"]);
    expect(dataset.legend?.states?.["at-risk"]).toEqual({ label: "Could close", description: "Would be among the first things cut." });

    const files = readdirSync(library).map((name) => join(library, name));
    const out2 = join(dir, "library2.json");
    expect(run("scripts/import.ts", ...files, "--out", out2).status).toBe(0);
    expect(readFileSync(out2, "utf8")).toBe(readFileSync(out, "utf8"));
  });

  it("exports a dataset to CSV and imports it back to the same dataset", () => {
    const json = join(dir, "tiny.json");
    writeFileSync(json, JSON.stringify(tinyDataset()));
    const folder = join(dir, "tiny-csv");
    const exported = spawn("scripts/exportCsv.ts", json, folder);
    expect(exported.status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["meta.csv", "nodes.csv", "quotes.csv", "scenarios.csv", "ties.csv"]);
    const back = join(dir, "tiny-back.json");
    expect(run("scripts/import.ts", folder, "-o", back).status).toBe(0);
    expect(JSON.parse(readFileSync(back, "utf8"))).toEqual(tinyDataset());
  });

  it("names every error by file, row and column, exit status 1, and writes nothing", () => {
    const broken = join(dir, "broken");
    mkdirSync(broken);
    for (const name of readdirSync(library)) copyFileSync(join(library, name), join(broken, name));
    const ties = join(broken, "Library network - ties.csv");
    writeFileSync(ties, readFileSync(ties, "utf8").replace("courier,north|south|east", "courier,north|suoth|east"));
    const out = join(dir, "never.json");
    const { status, stdout, stderr } = run("scripts/import.ts", broken, "-o", out);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `${broken}: 1 error\n  Library network - ties.csv, row 6, members: there is no node "suoth". Did you mean "south"?\n`,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it("reads and refuses files with the app's decoder and size limit, in the app's words", () => {
    const copy = (name: string) => {
      const folder = join(dir, name);
      mkdirSync(folder);
      for (const file of readdirSync(library)) copyFileSync(join(library, file), join(folder, file));
      return folder;
    };
    const utf16 = copy("utf16");
    const nodes = join(utf16, "Library network - nodes.tsv");
    const text = readFileSync(nodes, "utf8");
    writeFileSync(nodes, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const read = run("scripts/import.ts", utf16, "-o", join(dir, "utf16.json"));
    expect(read.stderr).toBe("");
    expect(read.status).toBe(0);

    const latin1 = copy("latin1");
    const quotes = join(latin1, "Library network - quotes.csv");
    writeFileSync(quotes, Buffer.concat([readFileSync(quotes), Buffer.from([0x41, 0x92, 0x0a])]));
    const bad = run("scripts/import.ts", latin1, "-o", join(dir, "latin1.json"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Library network - quotes\.csv: not valid UTF-8: byte 0x92 at byte offset \d+ cannot be read/);

    const big = copy("big");
    writeFileSync(join(big, "Library network - background.csv"), `tie,fact\n${"x".repeat(5 * 1024 * 1024)}\n`);
    const large = run("scripts/import.ts", big, "-o", join(dir, "big.json"));
    expect(large.status).toBe(1);
    expect(large.stderr).toContain("too large: more than 5 MB, the limit");
  });

  it("says how to call it", () => {
    expect(run("scripts/import.ts", library).status).toBe(2);
    expect(run("scripts/exportCsv.ts", "x.json").status).toBe(2);
    expect(run("scripts/import.ts", join(dir, "nowhere"), "-o", join(dir, "x.json")).stderr).toContain("cannot be read");
  });
});
