import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function specifiersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(
    /\b(?:import|export)\s[^"';]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm,
  ))
    found.push(match[1] ?? match[2] ?? match[3] ?? "");
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The import graph of the code: each file, and the repository paths of the files it imports. */
function importGraph(roots: string[]): { from: string; to: string }[] {
  return roots.flatMap(filesUnder).flatMap((from) =>
    specifiersIn(readFileSync(from, "utf8"))
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => ({ from, to: relative(".", resolve(dirname(from), specifier.replace(/\?.*$/, ""))) })),
  );
}

/** Imports that would run upward: a lower layer reaching into one built on it (issue 19). */
const forbidden: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^src\/export\//, to: /^src\/(extras|embed)\//, why: "export does not import the extras or the embed" },
  {
    from: /^src\/(panel|app)\//,
    to: /^src\/graph\/(?!Graph$|sceneSnapshot$)/,
    why: "panel and app use model and state, not graph internals",
  },
  { from: /^scripts\//, to: /^tests\//, why: "scripts do not import tests" },
];

const violations = (edges: { from: string; to: string }[]) =>
  edges.flatMap(({ from, to }) =>
    forbidden
      .filter((rule) => rule.from.test(from) && rule.to.test(to.replace(/\.tsx?$/, "")))
      .map((rule) => `${from} → ${to}: ${rule.why}`),
  );

describe("the direction of imports", () => {
  it("reads every kind of import", () => {
    const text =
      'import a from "./a";\nimport type { B } from "../b";\nexport { c } from "./c";\nimport "./d.css";\nconst e = import("./e");\nimport f from "./f?worker&url";';
    expect(specifiersIn(text)).toEqual(
      ["./a", "../b", "./c", "./d.css", "./f?worker&url", "./e"].sort((x, y) => text.indexOf(x) - text.indexOf(y)),
    );
  });

  it("would catch each rule broken", () => {
    expect(
      violations([
        { from: "src/export/saveFile.ts", to: "src/embed/embedSnippet" },
        { from: "src/app/useUrlSync.ts", to: "src/graph/morphScene" },
        { from: "scripts/serve.ts", to: "tests/browser/staticServer" },
      ]),
    ).toHaveLength(3);
    expect(violations([{ from: "src/app/App.tsx", to: "src/graph/Graph" }])).toEqual([]);
  });

  it("has no import running upward in src/ or scripts/", () => {
    const edges = importGraph(["src", "scripts"]);
    expect(edges.length).toBeGreaterThan(200);
    expect(violations(edges)).toEqual([]);
  });
});
