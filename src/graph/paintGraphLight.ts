import {
  collectAlphas,
  invisible,
  nodeBuckets,
  paintLabels,
  tieBuckets,
  traceShape,
  type GraphCanvas,
  type GraphPicture,
} from "./paintGraph";
import { dimmedNode, dimmedTie, nodeStyles } from "./markStyle";
import type { Palette } from "./palette";

const solid: number[] = [];
/** Up to this radius on screen, a node is drawn as a square dot. */
const dotRadius = 4;
/**
 * At most this many ties are drawn in a frame of motion; the rest come back when the picture
 * stops. A canvas without a GPU pays for every pixel of every line: at 5,000 nodes the 15,000
 * ties of a morph, long chords across the hub order, cost about ten times what the nodes cost.
 * Lines in flight are not read, as sigma.js hides edges while the camera moves.
 */
export const tiesInFlight = 3000;

/**
 * A large graph, painted for speed: where `paintGraph` draws every tie at its width, dashed or
 * doubled, this draws hairlines in the state's colour, groups as a star from their centre, and
 * nodes filled without an outline. Wide and dashed strokes are what a canvas rasterizes slowly
 * without a GPU, and at a thousand nodes they are too fine to read anyway; the states stay in
 * the colours, the panel and the table. Exports of a large graph still use `paintGraph`.
 */
export function paintGraphLight(
  ctx: GraphCanvas & Pick<CanvasRenderingContext2D, "rect">,
  picture: GraphPicture,
  palette: Palette,
  inFlight = false,
): void {
  const { model, scenario, metrics, x, y, tieOpacity, zoom, dim, selected } = picture;
  // In flight, every stride-th tie by index: an even thinning, the same ties in every frame.
  const stride = inFlight ? Math.max(1, Math.ceil(model.ties.length / tiesInFlight)) : 1;
  const tieAlpha = (t: number) => (t % stride !== 0 ? 0 : tieOpacity[t]! * (dim && !dim.ties.has(t) ? dimmedTie : 1));
  const nodeAlpha = (i: number) => (dim && !dim.nodes.has(i) ? dimmedNode : 1);
  const buckets = tieBuckets(model, scenario);

  ctx.save();
  ctx.translate(zoom.x, zoom.y);
  ctx.scale(zoom.k, zoom.k);
  ctx.setLineDash(solid);
  ctx.lineCap = "butt";
  ctx.lineJoin = "miter";
  // One pixel on screen whatever the zoom: a hairline is the cheapest stroke there is.
  ctx.lineWidth = 1 / zoom.k;

  for (const { state, ties } of buckets.pairs) {
    ctx.strokeStyle = palette.states[state];
    for (const alpha of collectAlphas(ties, tieAlpha)) {
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      for (let k = 0; k < ties.length; k++) {
        const t = ties[k]!;
        if (tieAlpha(t) !== alpha) continue;
        const members = model.tieMembers[t]!;
        ctx.moveTo(x[members[0]!]!, y[members[0]!]!);
        ctx.lineTo(x[members[1]!]!, y[members[1]!]!);
      }
      ctx.stroke();
    }
  }
  for (let k = 0; k < buckets.hulls.length; k++) {
    const t = buckets.hulls[k]!;
    const alpha = tieAlpha(t);
    if (alpha <= invisible) continue;
    const members = model.tieMembers[t]!;
    let cx = 0;
    let cy = 0;
    for (const i of members) {
      cx += x[i]! / members.length;
      cy += y[i]! / members.length;
    }
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = palette.states[model.ties[t]!.status[scenario]!];
    ctx.beginPath();
    for (const i of members) {
      ctx.moveTo(cx, cy);
      ctx.lineTo(x[i]!, y[i]!);
    }
    ctx.stroke();
  }

  if (selected?.kind === "tie") {
    // The selected tie, drawn over the rest at its full width so it can be found.
    const members = model.tieMembers[selected.index]!;
    ctx.globalAlpha = 1;
    ctx.strokeStyle = palette.hot;
    ctx.lineWidth = 3 / zoom.k;
    ctx.beginPath();
    for (let k = 1; k < members.length; k++) {
      ctx.moveTo(x[members[0]!]!, y[members[0]!]!);
      ctx.lineTo(x[members[k]!]!, y[members[k]!]!);
    }
    ctx.stroke();
  }

  for (const { role, kind, nodes } of nodeBuckets(model)) {
    ctx.fillStyle = palette[nodeStyles[role].fill === "surface" ? nodeStyles[role].stroke : nodeStyles[role].fill];
    for (const alpha of collectAlphas(nodes, nodeAlpha)) {
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      for (let k = 0; k < nodes.length; k++) {
        const i = nodes[k]!;
        if (nodeAlpha(i) !== alpha) continue;
        const r = metrics.radius[i]!;
        // A dot of a few pixels reads the same as a square and costs a fraction of an arc.
        if (r * zoom.k <= dotRadius) ctx.rect(x[i]! - r, y[i]! - r, 2 * r, 2 * r);
        else traceShape(ctx, role, kind, x[i]!, y[i]!, r);
      }
      ctx.fill();
    }
  }
  if (selected?.kind === "node") {
    const i = selected.index;
    ctx.globalAlpha = 1;
    ctx.strokeStyle = palette.hot;
    ctx.lineWidth = 2 / zoom.k;
    ctx.beginPath();
    ctx.arc(x[i]!, y[i]!, metrics.radius[i]! + 4, 0, 2 * Math.PI);
    ctx.stroke();
  }

  paintLabels(ctx, picture, palette, nodeAlpha);
  ctx.restore();
}
