import type { GraphModel } from "../model/graphModel";
import type { Target } from "../model/neighbourhood";
import { nodeRoles, tieStates, type NodeKind, type NodeRole, type TieState } from "../model/vocabulary";
import type { Point } from "./convexHull";
import {
  dimmedNode,
  dimmedTie,
  hubHalo,
  hullFillOpacity,
  labelBaseline,
  labelHaloWidth,
  nodeShape,
  nodeStyles,
  ringRadius,
  selectedNodeRing,
  selectedTieGlow,
  tieDashes,
} from "./markStyle";
import type { Palette } from "./palette";
import type { SceneSnapshot } from "./sceneSnapshot";
import { traceHull } from "./traceHull";
import { lineCap, tieStyles } from "../model/tieStyle";

/** The part of a 2D context the painter uses: small enough to fake in a test. */
export type GraphCanvas = Pick<
  CanvasRenderingContext2D,
  | "save"
  | "restore"
  | "translate"
  | "scale"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "arc"
  | "closePath"
  | "fill"
  | "stroke"
  | "setLineDash"
  | "strokeText"
  | "fillText"
  | "globalAlpha"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineCap"
  | "lineJoin"
  | "font"
  | "textAlign"
  | "textBaseline"
>;

/** What to paint: the scene as it stands (a snapshot does), and what is selected. */
export type GraphPicture = Pick<SceneSnapshot, "model" | "scenario" | "metrics" | "x" | "y" | "tieOpacity" | "hullPad" | "zoom" | "dim"> & {
  selected: Target | null;
};

/** Below this, a mark is not worth a draw call (a tie fading out of the picture). */
export const invisible = 0.004;
const solid: number[] = [];

type TieBuckets = { hulls: Int32Array; pairs: { state: TieState; ties: Int32Array }[] };
type NodeBucket = { role: NodeRole; kind: NodeKind; nodes: Int32Array };

// Grouping ties by state and nodes by shape depends only on the dataset and scenario: done once,
// so a frame only walks typed arrays.
const tieBucketCache = new WeakMap<GraphModel, Map<string, TieBuckets>>();
const nodeBucketCache = new WeakMap<GraphModel, NodeBucket[]>();

export function tieBuckets(model: GraphModel, scenario: string): TieBuckets {
  let byScenario = tieBucketCache.get(model);
  if (!byScenario) tieBucketCache.set(model, (byScenario = new Map()));
  let buckets = byScenario.get(scenario);
  if (buckets) return buckets;
  const state = (t: number) => model.ties[t]!.status[scenario] ?? "absent";
  const all = model.ties.map((_, t) => t).filter((t) => state(t) !== "absent");
  buckets = {
    hulls: Int32Array.from(all.filter((t) => model.tieMembers[t]!.length > 2)),
    pairs: tieStates
      .map((s) => ({ state: s, ties: Int32Array.from(all.filter((t) => model.tieMembers[t]!.length === 2 && state(t) === s)) }))
      .filter((bucket) => bucket.ties.length > 0),
  };
  byScenario.set(scenario, buckets);
  return buckets;
}

export function nodeBuckets(model: GraphModel): NodeBucket[] {
  let buckets = nodeBucketCache.get(model);
  if (buckets) return buckets;
  buckets = nodeRoles.flatMap((role) =>
    (["country", "organization"] as const).map((kind) => ({
      role,
      kind,
      nodes: Int32Array.from(model.nodes.flatMap((node, i) => (node.role === role && node.kind === kind ? [i] : []))),
    })),
  );
  buckets = buckets.filter((bucket) => bucket.nodes.length > 0);
  nodeBucketCache.set(model, buckets);
  return buckets;
}

const alphas: number[] = [];
/** The distinct opacities in a bucket (few: full, faint trace, dimmed), so that each is one draw call. */
export function collectAlphas(items: Int32Array, alphaOf: (i: number) => number): number[] {
  alphas.length = 0;
  for (let k = 0; k < items.length; k++) {
    const a = alphaOf(items[k]!);
    if (a > invisible && !alphas.includes(a)) alphas.push(a);
  }
  return alphas;
}

const fonts = new Map<number, string>();
let fontFamily = "";
export function labelFont(size: number, weight: number, family: string): string {
  if (family !== fontFamily) {
    fonts.clear();
    fontFamily = family;
  }
  const key = size * 1000 + weight;
  let font = fonts.get(key);
  if (!font) fonts.set(key, (font = `${weight} ${size}px ${family}`));
  return font;
}

/** Traces a rectangle with rounded corners, by arcs only (what the SVG backend translates). */
export function roundedRect(ctx: GraphCanvas, x: number, y: number, w: number, h: number, r: number) {
  const q = Math.PI / 2;
  ctx.moveTo(x + r, y);
  ctx.arc(x + w - r, y + r, r, -q, 0);
  ctx.arc(x + w - r, y + h - r, r, 0, q);
  ctx.arc(x + r, y + h - r, r, q, 2 * q);
  ctx.arc(x + r, y + r, r, 2 * q, 3 * q);
  ctx.closePath();
}

export function traceShape(ctx: GraphCanvas, role: NodeRole, kind: NodeKind, x: number, y: number, r: number) {
  const shape = nodeShape(role, kind, r);
  if (shape.type === "square") return roundedRect(ctx, x - shape.half, y - shape.half, 2 * shape.half, 2 * shape.half, shape.corner);
  if (shape.type === "circle") {
    ctx.moveTo(x + shape.radius, y);
    ctx.arc(x, y, shape.radius, 0, 2 * Math.PI);
  } else {
    const d = shape.half;
    ctx.moveTo(x, y - d);
    ctx.lineTo(x + d, y);
    ctx.lineTo(x, y + d);
    ctx.lineTo(x - d, y);
  }
  ctx.closePath();
}

/** A node's shape on its own, for a legend: the same outline and colours as in the graph. */
export function paintNodeSwatch(ctx: GraphCanvas, role: NodeRole, kind: NodeKind, x: number, y: number, r: number, palette: Palette) {
  const style = nodeStyles[role];
  ctx.beginPath();
  traceShape(ctx, role, kind, x, y, r);
  ctx.fillStyle = palette[style.fill];
  ctx.fill();
  ctx.setLineDash(solid);
  ctx.strokeStyle = palette[style.stroke];
  ctx.lineWidth = style.width;
  ctx.stroke();
}

/** Strokes the current path as a tie in `state`, with the gap that makes a sealed tie a double rule. */
function strokeTie(ctx: GraphCanvas, state: TieState, palette: Palette, cap: CanvasLineCap) {
  const style = tieStyles[state];
  ctx.strokeStyle = palette.states[state];
  ctx.lineWidth = style.width;
  ctx.lineCap = cap;
  ctx.setLineDash(tieDashes[state]);
  ctx.stroke();
  if (!style.double) return;
  ctx.strokeStyle = palette.surface;
  ctx.lineWidth = style.width / 3;
  ctx.lineCap = "butt";
  ctx.setLineDash(solid);
  ctx.stroke();
}

/** A short sample of a state's line, for a legend. */
export function paintTieSwatch(ctx: GraphCanvas, state: TieState, x1: number, x2: number, y: number, palette: Palette) {
  ctx.beginPath();
  ctx.moveTo(x1, y);
  ctx.lineTo(x2, y);
  strokeTie(ctx, state, palette, lineCap(tieStyles[state]));
}

/**
 * Paints the graph as the SVG draws it (outlines, ties, nodes, labels, selection and dimming, the
 * zoom) in the context's current coordinates. One entry, no DOM reads, ties stroked once per state
 * and opacity: built to be called every frame for a thousand nodes, not only for an export.
 */
export function paintGraph(ctx: GraphCanvas, picture: GraphPicture, palette: Palette): void {
  const { model, scenario, metrics, x, y, tieOpacity, hullPad, zoom, dim, selected } = picture;
  const tieAlpha = (t: number) => tieOpacity[t]! * (dim && !dim.ties.has(t) ? dimmedTie : 1);
  const nodeAlpha = (i: number) => (dim && !dim.nodes.has(i) ? dimmedNode : 1);
  const buckets = tieBuckets(model, scenario);
  const selectedTie = selected?.kind === "tie" ? selected.index : -1;

  ctx.save();
  ctx.translate(zoom.x, zoom.y);
  ctx.scale(zoom.k, zoom.k);
  ctx.lineJoin = "miter";

  for (let k = 0; k < buckets.hulls.length; k++) {
    const t = buckets.hulls[k]!;
    const alpha = tieAlpha(t);
    if (alpha <= invisible) continue;
    const state = model.ties[t]!.status[scenario]!;
    const points = model.tieMembers[t]!.map((i): Point => [x[i]!, y[i]!]);
    ctx.beginPath();
    traceHull(ctx, points, hullPad[t]!);
    if (t === selectedTie) {
      ctx.globalAlpha = alpha * selectedTieGlow.opacity;
      ctx.strokeStyle = palette.hot;
      ctx.lineWidth = tieStyles[state].width + selectedTieGlow.extra;
      ctx.setLineDash(solid);
      ctx.stroke();
    }
    ctx.globalAlpha = alpha * hullFillOpacity;
    ctx.fillStyle = palette.states[state];
    ctx.fill();
    ctx.globalAlpha = alpha;
    // As on screen, an outline's dashes have square ends.
    strokeTie(ctx, state, palette, "butt");
  }

  if (selectedTie >= 0 && model.tieMembers[selectedTie]!.length === 2) {
    const [a, b] = model.tieMembers[selectedTie] as [number, number];
    const state = model.ties[selectedTie]!.status[scenario] ?? "absent";
    if (state !== "absent") {
      ctx.globalAlpha = tieOpacity[selectedTie]! * selectedTieGlow.opacity;
      ctx.strokeStyle = palette.hot;
      ctx.lineWidth = tieStyles[state].width + selectedTieGlow.extra;
      ctx.lineCap = "butt";
      ctx.setLineDash(solid);
      ctx.beginPath();
      ctx.moveTo(x[a]!, y[a]!);
      ctx.lineTo(x[b]!, y[b]!);
      ctx.stroke();
    }
  }

  for (const { state, ties } of buckets.pairs) {
    const cap = lineCap(tieStyles[state]);
    for (const alpha of collectAlphas(ties, tieAlpha)) {
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      for (let k = 0; k < ties.length; k++) {
        const t = ties[k]!;
        if (tieAlpha(t) !== alpha) continue;
        const members = model.tieMembers[t]!;
        const a = members[0]!;
        const b = members[1]!;
        ctx.moveTo(x[a]!, y[a]!);
        ctx.lineTo(x[b]!, y[b]!);
      }
      strokeTie(ctx, state, palette, cap);
    }
  }

  ctx.setLineDash(solid);
  if (selected?.kind === "node") {
    const i = selected.index;
    ctx.globalAlpha = selectedNodeRing.opacity;
    ctx.strokeStyle = palette.hot;
    ctx.lineWidth = selectedNodeRing.width;
    ctx.beginPath();
    const r = ringRadius(model.nodes[i]!.role, metrics.radius[i]!);
    ctx.moveTo(x[i]! + r, y[i]!);
    ctx.arc(x[i]!, y[i]!, r, 0, 2 * Math.PI);
    ctx.stroke();
  }

  for (const { role, kind, nodes } of nodeBuckets(model)) {
    const style = nodeStyles[role];
    for (const alpha of collectAlphas(nodes, nodeAlpha)) {
      if (role === "hub") {
        ctx.globalAlpha = alpha * hubHalo.opacity;
        ctx.beginPath();
        for (let k = 0; k < nodes.length; k++) {
          const i = nodes[k]!;
          if (nodeAlpha(i) !== alpha) continue;
          const r = metrics.radius[i]! + hubHalo.gap;
          ctx.moveTo(x[i]! + r, y[i]!);
          ctx.arc(x[i]!, y[i]!, r, 0, 2 * Math.PI);
        }
        ctx.strokeStyle = palette.hub;
        ctx.lineWidth = hubHalo.width;
        ctx.stroke();
      }
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      for (let k = 0; k < nodes.length; k++) {
        const i = nodes[k]!;
        if (nodeAlpha(i) === alpha) traceShape(ctx, role, kind, x[i]!, y[i]!, metrics.radius[i]!);
      }
      ctx.fillStyle = palette[style.fill];
      ctx.fill();
      ctx.strokeStyle = palette[style.stroke];
      ctx.lineWidth = style.width;
      ctx.stroke();
    }
  }

  paintLabels(ctx, picture, palette, nodeAlpha);
  ctx.restore();
}

/** The nodes' labels under them, each on a halo of the graph's surface so lines never cross text. */
export function paintLabels(ctx: GraphCanvas, picture: GraphPicture, palette: Palette, nodeAlpha: (i: number) => number): void {
  const { model, metrics, x, y } = picture;
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  ctx.lineJoin = "round";
  ctx.lineWidth = labelHaloWidth;
  ctx.strokeStyle = palette.surface;
  for (let i = 0; i < model.nodes.length; i++) {
    const text = metrics.label[i];
    if (!text) continue;
    const style = nodeStyles[model.nodes[i]!.role];
    const size = metrics.fontSize[i]!;
    const ly = y[i]! + labelBaseline(metrics.radius[i]!, size);
    ctx.globalAlpha = nodeAlpha(i);
    ctx.font = labelFont(size, style.labelWeight, palette.sans);
    ctx.fillStyle = palette[style.labelInk];
    ctx.strokeText(text, x[i]!, ly);
    ctx.fillText(text, x[i]!, ly);
  }
}
