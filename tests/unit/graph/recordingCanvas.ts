import type { GraphCanvas } from "../../../src/graph/paintGraph";

/** A segment or arc of a traced path, in the coordinates given to the context. */
export type PathPart =
  { type: "move" | "line"; x: number; y: number } | { type: "arc"; x: number; y: number; r: number; start: number; end: number };

/** One paint operation with the state it was made in. */
export type Paint = {
  op: "stroke" | "fill" | "strokeText" | "fillText";
  path: PathPart[];
  text?: string;
  at?: [number, number];
  alpha: number;
  strokeStyle: string;
  fillStyle: string;
  lineWidth: number;
  lineCap: CanvasLineCap;
  dash: number[];
  font: string;
  transform: { x: number; y: number; k: number };
};

/**
 * A 2D context that draws nothing and records every paint with its style (jsdom has no canvas).
 * Only translate-then-scale transforms are tracked, which is all the painter uses.
 */
export function recordingCanvas() {
  const paints: Paint[] = [];
  const calls: string[] = [];
  let path: PathPart[] = [];
  let dash: number[] = [];
  let transform = { x: 0, y: 0, k: 1 };
  const stack: { transform: typeof transform; dash: number[]; alpha: number }[] = [];
  const ctx = {
    globalAlpha: 1,
    fillStyle: "#000" as GraphCanvas["fillStyle"],
    strokeStyle: "#000" as GraphCanvas["strokeStyle"],
    lineWidth: 1,
    lineCap: "butt" as CanvasLineCap,
    lineJoin: "miter" as CanvasLineJoin,
    font: "10px sans-serif",
    textAlign: "start" as CanvasTextAlign,
    textBaseline: "alphabetic" as CanvasTextBaseline,
    save() {
      calls.push("save");
      stack.push({ transform: { ...transform }, dash, alpha: this.globalAlpha });
    },
    restore() {
      calls.push("restore");
      const top = stack.pop();
      if (!top) return;
      ({ transform, dash } = top);
      this.globalAlpha = top.alpha;
    },
    translate(x: number, y: number) {
      calls.push(`translate ${x} ${y}`);
      transform = { ...transform, x: transform.x + x * transform.k, y: transform.y + y * transform.k };
    },
    scale(k: number) {
      calls.push(`scale ${k}`);
      transform = { ...transform, k: transform.k * k };
    },
    beginPath() {
      path = [];
    },
    moveTo(x: number, y: number) {
      path.push({ type: "move", x, y });
    },
    lineTo(x: number, y: number) {
      path.push({ type: "line", x, y });
    },
    arc(x: number, y: number, r: number, start: number, end: number) {
      path.push({ type: "arc", x, y, r, start, end });
    },
    closePath() {},
    setLineDash(segments: number[]) {
      dash = [...segments];
    },
    stroke() {
      record("stroke");
    },
    fill() {
      record("fill");
    },
    strokeText(text: string, x: number, y: number) {
      record("strokeText", text, [x, y]);
    },
    fillText(text: string, x: number, y: number) {
      record("fillText", text, [x, y]);
    },
  };
  function record(op: Paint["op"], text?: string, at?: [number, number]) {
    paints.push({
      op,
      path: [...path],
      ...(text === undefined ? {} : { text }),
      ...(at === undefined ? {} : { at }),
      alpha: ctx.globalAlpha,
      strokeStyle: String(ctx.strokeStyle),
      fillStyle: String(ctx.fillStyle),
      lineWidth: ctx.lineWidth,
      lineCap: ctx.lineCap,
      dash,
      font: ctx.font,
      transform,
    });
  }
  return { ctx: ctx as unknown as GraphCanvas & { globalAlpha: number }, paints, calls };
}

/** Whether a path holds the straight segment from a to b. */
export function hasSegment(path: PathPart[], a: [number, number], b: [number, number]) {
  return path.some((part, k) => {
    const next = path[k + 1];
    return part.type === "move" && part.x === a[0] && part.y === a[1] && next?.type === "line" && next.x === b[0] && next.y === b[1];
  });
}
