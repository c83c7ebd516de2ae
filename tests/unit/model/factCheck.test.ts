import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleIndex } from "../../../src/model/articleIndex";
import { factCheck } from "../../../src/model/factCheck";
import { articleText, shipped, tinyDataset } from "../fixtures";
import { factcheckCommand } from "../../../scripts/cli/factcheckCommand";

/** The tiny dataset's quotes, as an article would print them, one paragraph per line. */
const tinyArticle = [
  "We stand together.",
  "",
  "“Another spoke.” Between allies.",
  "Three together.",
  "Tension.",
  "Comment below: We stand together forever.",
].join("\n");

describe("articleIndex", () => {
  it("finds a passage by its lines, ignoring quotation-mark style and white space", () => {
    const index = articleIndex("One line.\nTwo ‘words’   here.\n\nThree.");
    expect(index.locate("Two 'words' here.")).toEqual({ from: 2, to: 2 });
    expect(index.locate("here. Three.")).toEqual({ from: 2, to: 4 });
    expect(index.locate("Two words")).toBeUndefined();
  });

  it("never matches inside an excluded line", () => {
    const index = articleIndex(tinyArticle, (line) => line.startsWith("Comment below"));
    expect(index.locate("We stand together forever.")).toBeUndefined();
  });
});

describe("factCheck", () => {
  it("prints every tie's state under every scenario with its grounds and their lines", () => {
    const { report, problems } = factCheck(tinyDataset(), tinyArticle);
    expect(problems).toEqual([]);
    const hubB = report.slice(report.indexOf("hub-b · Hubland–Beland (Alliance)"));
    expect(hubB.slice(0, 6)).toEqual([
      "hub-b · Hubland–Beland (Alliance)",
      "  Summary: A spoke.",
      "  Now: Deepening",
      "    L3 Bea: “Another spoke.”",
      "  Later: At risk (feared)",
      "    L3 Bea: “Another spoke.”",
    ]);
    expect(report).toContain("    Inferred: Read from the minister's warning.");
    expect(report).toContain("  Later: Absent (projected)");
    expect(report).toContain("    (absent: needs no grounds)");
  });

  it("checks what a story puts in quotation marks against the article, and prints each step", () => {
    const data = tinyDataset();
    data.story = {
      steps: [
        { id: "one", title: "Together", text: "The hub says “We stand together.” And more." },
        { id: "two", title: "Apart", text: "No quote here.", annotations: [{ target: "a-b", text: "“Between the allies”" }] },
      ],
    };
    const { report, problems } = factCheck(data, tinyArticle);
    expect(report.slice(report.indexOf("Story: 2 steps"))).toEqual([
      "Story: 2 steps",
      "",
      "1. one · Together",
      "  The hub says “We stand together.” And more.",
      "    L1 Gazette: “We stand together.”",
      "",
      "2. two · Apart",
      "  No quote here.",
      "  Note on a-b: “Between the allies”",
      "    NOT IN THE ARTICLE Gazette: “Between the allies”",
    ]);
    expect(problems).toEqual(["story.steps[1].annotations[0].text: not found verbatim in the article: “Between the allies”"]);
  });

  it("reports a quote that is not in the article verbatim, and one only in an excluded line", () => {
    const data = tinyDataset();
    data.ties[2]!.quotes[0]!.text = "Between the allies.";
    data.ties[0]!.quotes[0]!.text = "We stand together forever.";
    const { problems } = factCheck(data, tinyArticle, (line) => line.startsWith("Comment below"));
    expect(problems).toEqual([
      "ties[0].quotes[0]: not found verbatim in the article: “We stand together forever.”",
      "ties[2].quotes[0]: not found verbatim in the article: “Between the allies.”",
    ]);
  });

  it("reports an ungrounded state through the validator, by its path", () => {
    const data = tinyDataset();
    delete data.ties[0]!.inferred;
    expect(factCheck(data, tinyArticle).problems).toEqual([
      'ties[0].status.later: "strained" has no grounds: add "later" to the supports of the quote that says so, or give ties[0].inferred.later a one-line reason',
    ]);
  });

  it("passes the shipped dataset against its article, the comment prompt excluded", () => {
    const { report, problems } = factCheck(shipped(), articleText, (line) => line.startsWith("With your current subscription plan"));
    expect(problems).toEqual([]);
    expect(report).not.toContain("    NO GROUNDS");
    expect(report.filter((line) => /^ {2}Trump: /.test(line)).every((line) => / \((projected|feared)\)$/.test(line))).toBe(true);
  });
});

describe("npm run factcheck", () => {
  // The first case spawns the script to check its wiring; the other runs in-process (a spawn costs a second).
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/factcheck.ts", ...args], { encoding: "utf8" });

  it("runs clean on the shipped dataset", () => {
    const { status, stdout } = run();
    expect(status).toBe(0);
    expect(stdout).toContain("  Trump: Rapprochement (feared)");
    expect(stdout).toMatch(/L9 The Japan Times: “Allies would also be concerned/);
    expect(stdout.trim().split("\n").at(-1)).toBe("No problems: every state is grounded and every quote is in the article verbatim.");
  });

  it("exits 1 and lists each problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "latticework-factcheck-"));
    const data = tinyDataset();
    data.ties[4]!.quotes[0]!.text = "Détente.";
    writeFileSync(join(dir, "data.json"), JSON.stringify(data));
    writeFileSync(join(dir, "article.txt"), tinyArticle);
    const { status, stderr } = factcheckCommand([join(dir, "data.json"), join(dir, "article.txt")]);
    expect(status).toBe(1);
    expect(stderr).toContain("ties[4].quotes[0]: not found verbatim in the article: “Détente.”");
  });
});
