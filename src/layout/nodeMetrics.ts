import type { GraphModel } from "../model/graphModel";
import type { NodeRole } from "../model/vocabulary";
import { measureLabel } from "./measureLabel";
import type { NodeBox, Size } from "./types";

/** Past this many nodes, only the hub and (a few) allies are labelled: a thousand labels are ink, not text. */
export const labelAllLimit = 200;
/** Below this width, nodes use their short labels ("U.S.", "S. Korea"). */
export const compactWidth = 560;

const radiusByRole: Record<NodeRole, number> = { hub: 20, ally: 12, partner: 7, rival: 9 };
const crowdedRadiusByRole: Record<NodeRole, number> = { hub: 12, ally: 6, partner: 3, rival: 4 };

export type NodeMetrics = {
  radius: Float64Array;
  /** The text drawn under each node, "" when none. */
  label: string[];
  fontSize: Float64Array;
  /** The box each node and its label occupy, around the node's centre. */
  box: NodeBox[];
};

export const labelGap = 3;
export const lineHeight = 1.2;

export function nodeMetrics(model: GraphModel, size: Size): NodeMetrics {
  const n = model.nodes.length;
  const crowded = n > labelAllLimit;
  // Among a crowd, allies keep their labels only while there are few enough to read side by side.
  const fewAllies = model.nodes.filter((node) => node.role === "ally").length <= 12;
  const compact = size.width < compactWidth;
  const radius = new Float64Array(n);
  const fontSize = new Float64Array(n);
  const label: string[] = [];
  const box: NodeBox[] = [];
  model.nodes.forEach((node, i) => {
    const r = (crowded ? crowdedRadiusByRole : radiusByRole)[node.role];
    const labelled = !crowded || node.role === "hub" || (node.role === "ally" && fewAllies);
    const text = !labelled ? "" : compact ? (node.shortLabel ?? node.label) : node.label;
    const font = node.role === "hub" ? (compact ? 13 : 15) : compact ? 12 : 13;
    const half = text ? Math.max(r, measureLabel(text, font) / 2) : r;
    radius[i] = r;
    fontSize[i] = font;
    label.push(text);
    box.push({ left: -half, right: half, top: -r, bottom: text ? r + labelGap + font * lineHeight : r });
  });
  return { radius, label, fontSize, box };
}
