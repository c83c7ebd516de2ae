import { labelGap, lineHeight } from "../layout/nodeMetrics";
import type { NodeKind, NodeRole, TieState } from "../model/vocabulary";
import type { PaletteColour } from "./palette";
import { tieStyles } from "../model/tieStyle";

/**
 * How marks look, in numbers, for renderers that cannot use the stylesheet (the canvas painter,
 * the SVG export). These mirror `NodeMark`, `TieMark`, `HullMark` and the graph rules in app.css.
 */
export type NodeStyle = { fill: PaletteColour; stroke: PaletteColour; width: number; labelInk: PaletteColour; labelWeight: number };

export const nodeStyles: Record<NodeRole, NodeStyle> = {
  hub: { fill: "hub", stroke: "surface", width: 2.5, labelInk: "ink", labelWeight: 700 },
  ally: { fill: "ally", stroke: "surface", width: 2, labelInk: "ink", labelWeight: 600 },
  partner: { fill: "surface", stroke: "partner", width: 2, labelInk: "ink", labelWeight: 600 },
  rival: { fill: "rival", stroke: "surface", width: 1.5, labelInk: "rivalInk", labelWeight: 600 },
};

/** Opacity of what the selection leaves out. */
export const dimmedNode = 0.28;
export const dimmedTie = 0.14;
export const hullFillOpacity = 0.09;
export const hubHalo = { gap: 5, width: 5, opacity: 0.28 };
export const labelHaloWidth = 4;
/** The ring around a selected node, and the glow under a selected tie (wider than its stroke). */
export const selectedNodeRing = { gap: 5, width: 3, opacity: 0.6 };
export const selectedTieGlow = { extra: 10, opacity: 0.22 };

/** A node's outline: a diamond for a rival, a rounded square for an organization, else a circle. */
export type NodeShape =
  { type: "diamond"; half: number } | { type: "square"; half: number; corner: number } | { type: "circle"; radius: number };

export function nodeShape(role: NodeRole, kind: NodeKind, r: number): NodeShape {
  if (role === "rival") return { type: "diamond", half: r * 1.25 };
  if (kind === "organization") return { type: "square", half: r * 0.9, corner: r * 0.27 };
  return { type: "circle", radius: r };
}

/** The ring drawn around a selected node, clear of its shape. */
export const ringRadius = (role: NodeRole, r: number) => r * (role === "rival" ? 1.25 : 1) + selectedNodeRing.gap;

/** Where a node's label sits: its baseline below the node's centre. */
export const labelBaseline = (radius: number, fontSize: number) => radius + labelGap + fontSize * (lineHeight - 0.2);

/** Each state's dash pattern as numbers, for `setLineDash`. */
export const tieDashes = Object.fromEntries(
  Object.entries(tieStyles).map(([state, style]) => [state, style.dash ? style.dash.split(/[\s,]+/).map(Number) : []]),
) as Record<TieState, number[]>;
