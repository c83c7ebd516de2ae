// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { svgCanvas } from "../../../src/export/svgCanvas";

const parse = (markup: string) =>
  new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, "image/svg+xml").documentElement;

describe("svgCanvas", () => {
  it("writes a stroked path with the context's stroke, dash, cap and alpha", () => {
    const { ctx, markup } = svgCanvas(() => 0);
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(10.123, 5);
    ctx.moveTo(1, 1);
    ctx.lineTo(2, 2);
    ctx.strokeStyle = "#a00";
    ctx.lineWidth = 3;
    ctx.lineCap = "round";
    ctx.setLineDash([0.1, 6]);
    ctx.globalAlpha = 0.5;
    ctx.stroke();
    expect(markup()).toBe(
      '<path d="M0,0L10.12,5M1,1L2,2" fill="none" stroke="#a00" stroke-width="3" stroke-dasharray="0.1 6" stroke-linecap="round" opacity="0.5"/>',
    );
  });

  it("turns clockwise arcs into SVG arcs, a full circle into two halves", () => {
    const { ctx, markup } = svgCanvas(() => 0);
    ctx.beginPath();
    ctx.arc(10, 10, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.arc(0, 10, 10, -Math.PI / 2, 0);
    ctx.stroke();
    const [circle, quarter] = [...parse(markup()).children].map((el) => el.getAttribute("d"));
    expect(circle).toBe("M15,10A5,5 0 0,1 5,10A5,5 0 0,1 15,10");
    // The arc starts where the path is (no jump), and turns a quarter, clockwise on screen.
    expect(quarter).toBe("M0,0A10,10 0 0,1 10,10");
  });

  it("sets the large-arc flag for a turn of more than half", () => {
    const { ctx, markup } = svgCanvas(() => 0);
    ctx.beginPath();
    ctx.arc(0, 0, 1, 0, 1.5 * Math.PI);
    ctx.stroke();
    expect(markup()).toContain("A1,1 0 1,1 0,-1");
  });

  it("carries translate and scale as a matrix, and save/restore brings back styles and transform", () => {
    const { ctx, markup } = svgCanvas(() => 0);
    ctx.fillStyle = "#111";
    ctx.save();
    ctx.translate(10, 20);
    ctx.scale(2, 2);
    ctx.translate(1, 1);
    ctx.fillStyle = "#222";
    ctx.fillRect(0, 0, 1, 1);
    ctx.restore();
    ctx.fillRect(0, 0, 1, 1);
    const [inner, outer] = [...parse(markup()).children];
    expect(inner!.getAttribute("transform")).toBe("matrix(2 0 0 2 12 22)");
    expect(inner!.getAttribute("fill")).toBe("#222");
    expect(outer!.hasAttribute("transform")).toBe(false);
    expect(outer!.getAttribute("fill")).toBe("#111");
  });

  it("clips what follows to the current path until restore", () => {
    const { ctx, markup } = svgCanvas(() => 0);
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(5, 0);
    ctx.lineTo(5, 5);
    ctx.closePath();
    ctx.clip();
    ctx.fillRect(0, 0, 9, 9);
    ctx.restore();
    ctx.fillRect(0, 0, 1, 1);
    const svg = parse(markup());
    const clip = svg.querySelector("defs > clipPath")!;
    expect(clip.querySelector("path")!.getAttribute("d")).toBe("M0,0L5,0L5,5Z");
    const group = svg.querySelector(`g[clip-path="url(#${clip.id})"]`)!;
    expect(group.children).toHaveLength(1);
    expect(svg.lastElementChild!.tagName).toBe("rect");
    expect(svg.lastElementChild!.parentElement).toBe(svg);
  });

  it("sets text on its baseline in the context's font, escaped, measured by the given measure", () => {
    const { ctx, markup } = svgCanvas((text, font) => text.length * (font.startsWith("700") ? 2 : 1));
    ctx.font = '700 15px Arial, "Liberation Sans", sans-serif';
    ctx.textAlign = "center";
    ctx.fillStyle = "#123";
    ctx.fillText('<b>"A & B"</b>', 5, 6);
    expect(ctx.measureText("abc").width).toBe(6);
    const text = parse(markup()).querySelector("text")!;
    expect(text.textContent).toBe('<b>"A & B"</b>');
    expect(text.getAttribute("font-family")).toBe('Arial, "Liberation Sans", sans-serif');
    expect([text.getAttribute("font-size"), text.getAttribute("font-weight"), text.getAttribute("text-anchor")]).toEqual([
      "15",
      "700",
      "middle",
    ]);
    expect([text.getAttribute("x"), text.getAttribute("y"), text.getAttribute("fill")]).toEqual(["5", "6", "#123"]);
  });
});
