import { describe, expect, it } from "vitest";
import { exportContent } from "../../../src/export/exportContent";
import { balanceBidi, isolateBidi } from "../../../src/model/isolateBidi";
import { buildGraphModel } from "../../../src/model/graphModel";
import { tieName } from "../../../src/model/tieName";
import { tinyDataset } from "../fixtures";

const RLO = "\u202e";
const LRI = "\u2066";
const FSI = "\u2068";
const PDI = "\u2069";
const PDF = "\u202c";

/** The bidi controls still open at the end of `text`, as the Unicode bidi algorithm counts them. */
function openAtEnd(text: string): number {
  const open: string[] = [];
  for (const char of text) {
    if ("\u2066\u2067\u2068".includes(char)) open.push("i");
    else if ("\u202a\u202b\u202d\u202e".includes(char)) open.push("e");
    else if (char === PDI && open.includes("i")) open.length = open.lastIndexOf("i");
    else if (char === PDF && open.at(-1) === "e") open.pop();
  }
  return open.length;
}

describe("isolateBidi", () => {
  it("leaves plain left-to-right text as it is", () => {
    for (const text of ["United States", "Japan–South Korea", "ASEAN (10)", "日本", "Côte d’Ivoire"]) expect(isolateBidi(text)).toBe(text);
  });

  it("wraps right-to-left text and bidi controls in FSI…PDI, closing whatever they leave open", () => {
    expect(isolateBidi("ישראל")).toBe(`${FSI}ישראל${PDI}`);
    expect(isolateBidi(`Evil${RLO}`)).toBe(`${FSI}Evil${RLO}${PDF}${PDI}`);
    expect(isolateBidi(`Evil${LRI}`)).toBe(`${FSI}Evil${LRI}${PDI}${PDI}`);
    // A stray PDI would close the wrapper early and let the override after it loose: dropped.
    expect(isolateBidi(`x${PDI}${RLO}y`)).toBe(`${FSI}x${RLO}y${PDF}${PDI}`);
    for (const text of [`a${RLO}`, `${LRI}${RLO}b`, `${PDI}${PDF}c${RLO}${LRI}`, "عربي"]) {
      expect(openAtEnd(isolateBidi(text)), text).toBe(0);
      expect(isolateBidi(isolateBidi(text)), text).toBe(isolateBidi(text));
    }
    expect(balanceBidi(`${LRI}a${RLO}b${PDI}c`)).toBe(`${LRI}a${RLO}b${PDI}c`);
  });
});

describe("labels set side by side", () => {
  const hostile = () => {
    const data = tinyDataset();
    const [a, b] = data.ties[0]!.members;
    const first = data.nodes.find((n) => n.id === a)!;
    const second = data.nodes.find((n) => n.id === b)!;
    first.label = `Evil${RLO}`;
    second.label = `Other${LRI}`;
    return { data, first: first.label, second: second.label };
  };

  it("cannot reorder the next name in a joined tie name", () => {
    const { data } = hostile();
    delete data.ties[0]!.label;
    const model = buildGraphModel(data);
    const name = tieName(model, 0);
    const [left] = name.split("–");
    expect(openAtEnd(left!)).toBe(0);
    expect(openAtEnd(name)).toBe(0);
    expect(name).toBe(`${FSI}Evil${RLO}${PDF}${PDI}–${FSI}Other${LRI}${PDI}${PDI}`);
  });

  it("leaves the dataset's own text untouched, and plain datasets the same object", () => {
    const { data, first } = hostile();
    buildGraphModel(data);
    expect(data.nodes.some((n) => n.label === first)).toBe(true);
    const plain = tinyDataset();
    expect(buildGraphModel(plain).dataset).toBe(plain);
  });

  it("cannot reorder the export's caption after a highlighted tie", () => {
    const { data } = hostile();
    delete data.ties[0]!.label;
    const model = buildGraphModel(data);
    const content = exportContent(model, "hub", data.defaults.scenario, { kind: "tie", index: 0 });
    const caption = content.caption.map((run) => run.text).join("");
    const at = caption.indexOf(" (");
    expect(at).toBeGreaterThan(0);
    expect(openAtEnd(caption.slice(0, at))).toBe(0);
  });
});
