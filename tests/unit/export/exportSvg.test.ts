// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { exportContent } from "../../../src/export/exportContent";
import { exportFrame } from "../../../src/export/exportFrame";
import { exportSvg } from "../../../src/export/exportSvg";
import { measureLabel } from "../../../src/layout/measureLabel";
import { buildGraphModel, type GraphModel } from "../../../src/model/graphModel";
import type { Target } from "../../../src/model/neighbourhood";
import { shippedModel, tinyDataset } from "../fixtures";
import { testPalette } from "../graph/testPalette";
import { picture } from "../graph/testPicture";

const measure = (text: string, font: string) => measureLabel(text, parseFloat(/([\d.]+)px/.exec(font)![1]!));

function exported(model: GraphModel, selected: Target | null = null, zoom = { k: 1, x: 0, y: 0 }) {
  const p = { ...picture(model, { selected }), zoom };
  const content = exportContent(model, "lattice", model.dataset.defaults.scenario, selected);
  const frame = exportFrame(content, { width: 800, height: 600 });
  const markup = exportSvg(frame, content, p, testPalette, measure);
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  return { markup, doc, svg: doc.documentElement, frame, content, picture: p };
}

const texts = (svg: Element) => [...svg.querySelectorAll("text")].map((text) => text.textContent);

describe("exportSvg", () => {
  it("is a well-formed, sized SVG document", () => {
    const { markup, doc, svg, frame } = exported(shippedModel());
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg.localName).toBe("svg");
    expect([svg.getAttribute("width"), svg.getAttribute("height"), svg.getAttribute("viewBox")]).toEqual([
      String(frame.width),
      String(frame.height),
      `0 0 ${frame.width} ${frame.height}`,
    ]);
  });

  it("carries every drawn label, the title, the key and the source credit as text", () => {
    const { svg, picture: p, content } = exported(shippedModel());
    const all = texts(svg);
    for (const label of p.metrics.label.filter(Boolean)) expect(all, label).toContain(label);
    expect(all.join(" ")).toContain("Source: The Japan Times, 25 June 2024");
    expect(svg.querySelector("title")!.textContent).toBe(content.title);
    for (const entry of content.legend.flat()) expect(all).toContain(entry.label);
  });

  it("sets the caption's runs apart by their spaces, never by a space inside a text (SVG drops it)", () => {
    const { svg, frame } = exported(shippedModel());
    const first = frame.caption.lines[0]!.baseline;
    const line = [...svg.querySelectorAll(`text[y="${Math.round(first * 100) / 100}"]`)];
    expect(line.map((text) => text.textContent!.split(" ")[0])).toEqual(["Lattice.", "The"]);
    for (const text of svg.querySelectorAll("text")) expect(text.textContent).toBe(text.textContent!.trim());
    const [bold, plain] = line;
    expect(bold!.getAttribute("font-weight")).toBe("700");
    const boldEnd = Number(bold!.getAttribute("x")) + measure("Lattice.", "700 13px sans-serif");
    expect(Number(plain!.getAttribute("x"))).toBeCloseTo(boldEnd + measure(" ", "13px sans-serif"), 5);
  });

  it("squeezes a line that the browser's fonts set wider than the layout's estimate, and only that", () => {
    const model = shippedModel();
    const content = exportContent(model, "lattice", "biden", null);
    const frame = exportFrame(content, { width: 800, height: 600 });
    const wide = (text: string, font: string) => 1.5 * measure(text, font);
    const svg = new DOMParser().parseFromString(
      exportSvg(frame, content, picture(model), testPalette, wide),
      "image/svg+xml",
    ).documentElement;
    const credit = [...svg.querySelectorAll("text")].find((text) => text.textContent === content.credit)!;
    expect(credit.hasAttribute("transform")).toBe(false);
    const first = [...svg.querySelectorAll("text")].find((text) => text.textContent === "Lattice.")!;
    const [a, , , d, e] = first.getAttribute("transform")!.slice(7, -1).split(" ").map(Number);
    expect(a).toBeLessThan(1);
    expect(d).toBe(1);
    // Scaled about the line's start: the start stays put, within what rounding the matrix's numbers
    // to hundredths allows (a's error times x, plus e's).
    expect(Math.abs(a! * frame.caption.x + e! - frame.caption.x)).toBeLessThanOrEqual(0.005 * frame.caption.x + 0.005);
  });

  it("stands alone: no script, no links, no foreign content, no classes, only references to itself", () => {
    const { svg, markup } = exported(shippedModel(), { kind: "tie", index: 0 });
    expect(svg.querySelectorAll("script, foreignObject, style, a, image, use")).toHaveLength(0);
    for (const element of svg.querySelectorAll("*")) {
      for (const { name } of element.attributes) {
        expect(name).not.toMatch(/href|^on|^class$|^style$|^data-|^aria-|^tabindex$|^role$/);
      }
    }
    const references = [...markup.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(svg.querySelector(reference), reference).not.toBeNull();
    expect(markup).not.toMatch(/var\(--/);
  });

  it("draws the graph inside its box, clipped to it, with the zoom as on screen", () => {
    const { svg, frame } = exported(shippedModel(), null, { k: 2, x: -100, y: -50 });
    const clip = svg.querySelector("clipPath path")!;
    expect(clip.getAttribute("d")).toMatch(new RegExp(`^M${frame.graph.x + 8},${frame.graph.y}`));
    const clipped = svg.querySelector(`g[clip-path="url(#${clip.parentElement!.id})"]`)!;
    const usLabel = [...clipped.querySelectorAll("text")].find((text) => text.textContent === "United States")!;
    expect(usLabel.getAttribute("transform")).toBe(`matrix(2 0 0 2 ${frame.graph.x - 100} ${frame.graph.y - 50})`);
  });

  it("shows markup and odd characters in data as text, never as elements", () => {
    const dataset = tinyDataset();
    dataset.meta.title = 'Ties & <b>bonds</b> "quoted"';
    dataset.nodes[1]!.label = '<script>alert("x")</script>';
    dataset.nodes[2]!.label = "Be\u0001land ’ü";
    dataset.meta.source.publisher = "A & B <Press>";
    const { doc, svg } = exported(buildGraphModel(dataset));
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(svg.querySelectorAll("script, b")).toHaveLength(0);
    const all = texts(svg);
    expect(all).toContain('<script>alert("x")</script>');
    expect(all).toContain("Beland ’ü");
    expect(all.join(" ")).toContain("Source: A & B <Press>");
    expect(svg.querySelector("title")!.textContent).toBe('Ties & <b>bonds</b> "quoted"');
  });
});
