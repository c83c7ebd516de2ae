import type { NodeMetrics } from "../layout/nodeMetrics";
import type { Size } from "../layout/types";
import type { GraphModel } from "../model/graphModel";
import type { View } from "../model/vocabulary";
import type { ZoomTransform } from "./zoomTransform";

/**
 * The graph exactly as it stands on screen, for whatever needs to redraw it elsewhere (export,
 * a canvas): positions are copies, taken at the moment of asking.
 */
export type SceneSnapshot = {
  model: GraphModel;
  view: View;
  scenario: string;
  size: Size;
  metrics: NodeMetrics;
  x: Float64Array;
  y: Float64Array;
  /** Each tie's opacity in the current view (faint traces in the hub order), as drawn now. */
  tieOpacity: Float64Array;
  /** Each multilateral tie's padding around its members (0 for bilateral ties). */
  hullPad: Float64Array;
  zoom: ZoomTransform;
  /** What the selection dims (hover is the reader's pointer, not part of the picture). */
  dim: { nodes: ReadonlySet<number>; ties: ReadonlySet<number> } | null;
  /** The element drawn on (the svg, or the canvas of a large graph): its theme is the picture's. */
  surface: Element;
};

/** What the Graph lends its surroundings: a way to ask for the picture as it stands. */
export type GraphHandle = { snapshot: () => SceneSnapshot | null };
