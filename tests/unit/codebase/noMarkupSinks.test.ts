import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The lint rules that forbid these (eslint.config.js) are configuration, not tested here: this
// scans the code itself, as it stands, for every way a string could become markup or code.

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sinks = new Set([
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "dangerouslySetInnerHTML",
  "srcdoc",
  "srcDoc",
  "createContextualFragment",
  "setHTMLUnsafe",
]);

/** Every place in a script where a string could become markup or code, found in its syntax tree (comments do not count). */
function sinksIn(path: string, text: string): string[] {
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : path.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const calleeName = (node: ts.Expression) =>
    ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
  const visit = (node: ts.Node) => {
    // A property, a JSX attribute or a key in brackets, by name.
    if ((ts.isIdentifier(node) || ts.isStringLiteralLike(node)) && sinks.has(node.text)) report(node, node.text);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name === "eval" || name === "Function") report(node, `${name}(…)`);
      if ((name === "setTimeout" || name === "setInterval") && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0]))
        report(node, `${name}("…")`);
      if (ts.isPropertyAccessExpression(node.expression) && /^write(ln)?$/.test(node.expression.name.text)) {
        const target = node.expression.expression;
        if (ts.isIdentifier(target) && target.text === "document") report(node, `document.${node.expression.name.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Markup served as is: no inline script, no inline event handler, no `javascript:` address. */
function inlineCodeIn(path: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<script\b([^>]*)>/gi)) if (!/\ssrc\s*=/.test(match[1]!)) found.push(`${path}: an inline <script>`);
  for (const match of text.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi))
    found.push(`${path}: an inline event handler in ${match[0].slice(0, 40)}`);
  if (/javascript:/i.test(text)) found.push(`${path}: a javascript: address`);
  return found;
}

describe("the code as it stands", () => {
  const scanned = [...filesUnder("src"), ...filesUnder("public"), "index.html"];

  it("has scripts and pages to scan", () => {
    expect(scanned.filter((p) => [".ts", ".tsx"].includes(extname(p))).length).toBeGreaterThan(50);
    expect(scanned).toContain("index.html");
  });

  it("turns no string into markup or code, in src/ or public/", () => {
    const found = scanned.flatMap((path) => {
      const text = readFileSync(path, "utf8");
      if ([".ts", ".tsx", ".js", ".mjs"].includes(extname(path))) return sinksIn(path, text);
      if ([".html", ".svg"].includes(extname(path))) return inlineCodeIn(path, text);
      return [];
    });
    expect(found).toEqual([]);
  });

  it("would notice each of those, written plainly", () => {
    const script = [
      "el.innerHTML = text;",
      'el["outerHTML"] = text;',
      "el.insertAdjacentHTML('afterend', text);",
      "const a = <div dangerouslySetInnerHTML={{ __html: text }} />;",
      "frame.srcdoc = text;",
      "document.write(text);",
      "eval(text);",
      "new Function(text);",
      "window.Function(text);",
      'setTimeout("go()", 1);',
    ].join("\n");
    expect(sinksIn("x.tsx", script).map((line) => line.replace(/^x\.tsx:\d+: /, ""))).toEqual([
      "innerHTML",
      "outerHTML",
      "insertAdjacentHTML",
      "dangerouslySetInnerHTML",
      "srcdoc",
      "document.write",
      "eval(…)",
      "Function(…)",
      "Function(…)",
      'setTimeout("…")',
    ]);
    expect(sinksIn("x.ts", "// no innerHTML here, nor new Function\nconst note = 'eval is not called';")).toEqual([]);
    expect(
      inlineCodeIn("x.html", '<script src="a.js"></script><script>go()</script><img src=x onerror="go()"><a href="javascript:go()">'),
    ).toHaveLength(3);
  });
});
