import type { RefObject } from "react";
import { nodeMetrics } from "../layout/nodeMetrics";
import type { GraphModel } from "../model/graphModel";
import type { View } from "../model/vocabulary";
import { hullPads } from "../layout/hullPads";
import type { SceneElements } from "../graph/morphScene";
import { SvgMarks } from "../graph/SvgMarks";
import { viewOpacity } from "../model/viewOpacity";
import { toPositions, type PresetLayout } from "./publishedLayouts";

type Props = {
  model: GraphModel;
  presets: readonly PresetLayout[];
  view: View;
  scenario: string;
};

const noop = () => {};
const detached = { current: null };

/**
 * The graph as the published page holds it before any script runs: one svg per preset size, each
 * standing still at its layout (the page's stylesheet shows the one for the screen), every node,
 * label, tie and outline in the markup. Rendered in Node only (scripts/prerender.tsx).
 */
export function PrerenderedMarks({ model, presets, view, scenario }: Props) {
  const elements: RefObject<SceneElements> = { current: { nodes: [], ties: [], paths: [], settled: [] } };
  const opacity = viewOpacity(model, view);
  return presets.map((preset, p) => {
    const metrics = nodeMetrics(model, preset.size);
    const positions = toPositions(preset[view]);
    return (
      <SvgMarks
        key={`${preset.size.width}x${preset.size.height}`}
        svgRef={detached}
        viewportRef={detached}
        elements={elements}
        ready
        size={preset.size}
        metrics={metrics}
        model={model}
        scenario={scenario}
        selected={null}
        selectedSet={null}
        hotSet={null}
        onActivate={noop}
        onHot={noop}
        onClear={noop}
        at={{ ...positions, opacity, hullPad: hullPads(model, metrics) }}
        variant={`graph__svg--preset graph__svg--preset-${p}`}
      />
    );
  });
}
