import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tieStates } from "../../../src/model/vocabulary";

// axe-core does not check the contrast of SVG text and lines, so the theme's colours are held to
// WCAG here, from the stylesheet itself: 4.5:1 for text (1.4.3), 3:1 for marks and rings (1.4.11).
const css = readFileSync(resolve("src/styles/app.css"), "utf8");

function themeColours(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const themes = { light: themeColours(":root"), dark: { ...themeColours(":root"), ...themeColours(':root[data-theme="dark"]') } };

describe.each(Object.entries(themes))("the %s theme", (_, colours) => {
  const on = (name: string, ground: string) => contrast(colours[name]!, colours[ground]!);

  it("has every colour it names", () => {
    for (const name of [
      "bg",
      "surface",
      "ink",
      "muted",
      "hub",
      "ally",
      "partner",
      "rival",
      "rival-ink",
      "focus",
      ...tieStates.map((s) => `state-${s}`),
    ]) {
      expect(colours[name], name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("sets text at 4.5:1 or more on the page and on the graph", () => {
    for (const ground of ["bg", "surface"]) {
      for (const text of ["ink", "muted", "accent", "rival-ink"])
        expect(on(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws nodes, ties and the focus ring at 3:1 or more on the graph", () => {
    const marks = ["hub", "ally", "partner", "rival", "focus", ...tieStates.filter((s) => s !== "absent").map((s) => `state-${s}`)];
    for (const mark of marks) expect(on(mark, "surface"), mark).toBeGreaterThanOrEqual(3);
  });
});
