import { escapeXml } from "./escapeXml";
import type { FrameCanvas } from "./paintFrame";

/** Width of `text` set in the CSS `font`: a real canvas's measure in the browser, an estimate in tests. */
export type MeasureText = (text: string, font: string) => number;

const num = (v: number) => String(Math.round(v * 100) / 100);
const attr = (name: string, value: string | number) => ` ${name}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
const turn = 2 * Math.PI;

const initial = {
  globalAlpha: 1,
  fillStyle: "#000",
  strokeStyle: "#000",
  lineWidth: 1,
  lineCap: "butt" as CanvasLineCap,
  lineJoin: "miter" as CanvasLineJoin,
  font: "10px sans-serif",
  textAlign: "start" as CanvasTextAlign,
  textBaseline: "alphabetic" as CanvasTextBaseline,
};

/**
 * A 2D context that writes SVG elements instead of pixels, so the export's SVG is painted by the
 * very code that paints its PNG. It knows what the painters use: paths of lines and clockwise arcs,
 * fill and stroke, dashes, alpha, translate and scale, one clip at a time, text on its baseline.
 */
export function svgCanvas(measure: MeasureText) {
  const defs: string[] = [];
  const body: string[] = [];
  let openClip = "";
  let d = "";
  // What save() keeps besides the style properties, which live on the context itself.
  let matrix = [1, 0, 0, 1, 0, 0];
  let clip = "";
  let dash: number[] = [];
  const stack: { styles: typeof initial; matrix: number[]; clip: string; dash: number[] }[] = [];

  const transform = () => {
    const m = matrix.map(num).join(" ");
    return m === "1 0 0 1 0 0" ? "" : attr("transform", `matrix(${m})`);
  };
  const emit = (element: string) => {
    if (clip !== openClip) {
      if (openClip) body.push("</g>");
      if (clip) body.push(`<g clip-path="url(#${clip})">`);
      openClip = clip;
    }
    body.push(element);
  };
  const alpha = () => (ctx.globalAlpha < 1 ? attr("opacity", Math.round(ctx.globalAlpha * 1000) / 1000) : "");
  const strokeAttrs = () =>
    `${attr("stroke", ctx.strokeStyle)}${attr("stroke-width", ctx.lineWidth)}${dash.length ? attr("stroke-dasharray", dash.map(num).join(" ")) : ""}${
      ctx.lineCap === "butt" ? "" : attr("stroke-linecap", ctx.lineCap)
    }${ctx.lineJoin === "miter" ? "" : attr("stroke-linejoin", ctx.lineJoin)}`;
  const fontAttrs = () => {
    const [, weight, size, family] = /^(?:(\d+) )?([\d.]+)px (.+)$/.exec(ctx.font) ?? [];
    // Text is set from its start or about its centre: the painters align nothing else.
    const anchor = ctx.textAlign === "center" ? ' text-anchor="middle"' : "";
    return `${attr("font-family", family ?? "sans-serif")}${attr("font-size", Number(size ?? 10))}${weight && weight !== "400" ? attr("font-weight", weight) : ""}${anchor}`;
  };
  const text = (content: string, x: number, y: number, paint: string) =>
    emit(`<text${attr("x", x)}${attr("y", y)}${fontAttrs()}${paint}${alpha()}${transform()}>${escapeXml(content)}</text>`);
  // The path's current point, as written: an arc that starts there needs no line to it.
  let at = "";
  const point = (x: number, y: number, line = true) => {
    const next = `${num(x)},${num(y)}`;
    if (next !== at || !line) d += `${line && at ? "L" : "M"}${next}`;
    at = next;
  };

  const ctx = {
    ...initial,
    save() {
      const styles = Object.fromEntries(Object.keys(initial).map((key) => [key, ctx[key as keyof typeof initial]])) as typeof initial;
      stack.push({ styles, matrix: [...matrix], clip, dash });
    },
    restore() {
      const top = stack.pop();
      if (!top) return;
      Object.assign(ctx, top.styles);
      ({ matrix, clip, dash } = top);
    },
    translate(x: number, y: number) {
      matrix[4]! += matrix[0]! * x + matrix[2]! * y;
      matrix[5]! += matrix[1]! * x + matrix[3]! * y;
    },
    scale(x: number, y: number) {
      matrix = [matrix[0]! * x, matrix[1]! * x, matrix[2]! * y, matrix[3]! * y, matrix[4]!, matrix[5]!];
    },
    setLineDash(segments: number[]) {
      dash = [...segments];
    },
    beginPath() {
      d = "";
      at = "";
    },
    moveTo(x: number, y: number) {
      point(x, y, false);
    },
    lineTo: point,
    /** Clockwise only, as the painters draw every arc. */
    arc(x: number, y: number, r: number, start: number, end: number) {
      point(x + r * Math.cos(start), y + r * Math.sin(start));
      const sweep = end - start >= turn ? turn : (((end - start) % turn) + turn) % turn;
      // A full circle is two half arcs: one SVG arc cannot end where it starts.
      const halves = sweep >= turn - 1e-9 ? [start + Math.PI, start + turn] : [start + sweep];
      for (const angle of halves) {
        const step = halves.length > 1 ? Math.PI : sweep;
        at = `${num(x + r * Math.cos(angle))},${num(y + r * Math.sin(angle))}`;
        d += `A${num(r)},${num(r)} 0 ${step > Math.PI ? 1 : 0},1 ${at}`;
      }
    },
    closePath() {
      d += "Z";
    },
    fill() {
      if (d) emit(`<path${attr("d", d)}${attr("fill", ctx.fillStyle)}${alpha()}${transform()}/>`);
    },
    stroke() {
      if (d) emit(`<path${attr("d", d)} fill="none"${strokeAttrs()}${alpha()}${transform()}/>`);
    },
    fillRect(x: number, y: number, w: number, h: number) {
      emit(
        `<rect${attr("x", x)}${attr("y", y)}${attr("width", w)}${attr("height", h)}${attr("fill", ctx.fillStyle)}${alpha()}${transform()}/>`,
      );
    },
    clip() {
      const id = `clip${defs.length + 1}`;
      defs.push(`<clipPath${attr("id", id)}><path${attr("d", d)}${transform()}/></clipPath>`);
      clip = id;
    },
    fillText(content: string, x: number, y: number) {
      text(content, x, y, attr("fill", ctx.fillStyle));
    },
    strokeText(content: string, x: number, y: number) {
      text(content, x, y, ` fill="none"${strokeAttrs()}`);
    },
    measureText(content: string) {
      return { width: measure(content, ctx.font) } as TextMetrics;
    },
  };

  return {
    ctx: ctx as unknown as FrameCanvas,
    /** The elements painted so far, with the definitions (clip paths) they refer to. */
    markup: () => `${defs.length ? `<defs>${defs.join("")}</defs>` : ""}${body.join("")}${openClip ? "</g>" : ""}`,
  };
}
