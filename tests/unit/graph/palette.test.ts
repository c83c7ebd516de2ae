// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readPalette } from "../../../src/graph/palette";

describe("readPalette", () => {
  it("resolves the theme's custom properties in force on an element, with fallbacks for any missing", () => {
    const root = document.createElement("div");
    root.style.setProperty("--bg", " #fbfaf6");
    root.style.setProperty("--rival-ink", "#8f1d17");
    root.style.setProperty("--state-at-risk", "#c0420b");
    root.style.setProperty("--font-serif", 'Georgia, "Times New Roman", serif');
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    root.append(svg);
    document.body.append(root);
    const palette = readPalette(svg);
    expect(palette.bg).toBe("#fbfaf6");
    expect(palette.rivalInk).toBe("#8f1d17");
    expect(palette.states["at-risk"]).toBe("#c0420b");
    expect(palette.serif).toBe('Georgia, "Times New Roman", serif');
    expect(palette.sans).toBe("sans-serif");
    expect(palette.states.deepening).toBe(palette.ink);
    root.remove();
  });
});
