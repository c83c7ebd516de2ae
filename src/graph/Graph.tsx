import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import { useStore } from "zustand";
import { nodeMetrics } from "../layout/nodeMetrics";
import { neighbourhood, type Target } from "../model/neighbourhood";
import { tieName } from "../model/tieName";
import { nodeRoleInfo, tieStateInfo } from "../model/vocabulary";
import { select, type AppStore } from "../state/appStore";
import { HullMark } from "./HullMark";
import { MorphScene, type SceneElements } from "./morphScene";
import { NodeMark } from "./NodeMark";
import { prefersReducedMotion } from "./prefersReducedMotion";
import type { GraphHandle } from "./sceneSnapshot";
import { TieMark } from "./TieMark";
import { useElementSize } from "./useElementSize";
import { useLayouts } from "./useLayouts";
import { useZoom } from "./useZoom";
import { viewOpacity } from "./viewOpacity";
import { ZoomControls } from "./ZoomControls";

type Props = {
  store: AppStore;
  /** Shown under the graph, beside the zoom buttons. */
  caption?: ReactNode;
  /** A handle through which others (export) can take a snapshot of the picture. */
  ref?: Ref<GraphHandle>;
};

/** The graph as a figure: the drawing, its zoom buttons and its caption. */
export function Graph({ store, caption, ref }: Props) {
  const model = useStore(store, (s) => s.model);
  const view = useStore(store, (s) => s.view);
  const scenario = useStore(store, (s) => s.scenario);
  const selection = useStore(store, (s) => s.selection);
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const size = useElementSize(containerRef);
  const metrics = useMemo(() => (size ? nodeMetrics(model, size) : null), [model, size]);
  const layouts = useLayouts(model, size, metrics);
  const zoom = useZoom(svgRef, viewportRef);
  const [hot, setHot] = useState<Target | null>(null);

  const elements = useRef<SceneElements>({ nodes: [], ties: [], lines: [], hulls: [] });
  const scene = useRef<MorphScene | null>(null);
  const shown = useRef<{ hub: unknown; view: unknown }>({ hub: null, view: null });
  const [ready, setReady] = useState(false);

  // Each multilateral outline is padded a little more than the ones it overlaps, so that two
  // groupings sharing a member stay distinguishable.
  const hullPad = useMemo(() => {
    const pads = new Float64Array(model.ties.length);
    if (!metrics) return pads;
    const count = new Map<number, number>();
    model.tieMembers.forEach((members, t) => {
      if (members.length < 3) return;
      const layer = Math.max(0, ...members.map((i) => count.get(i) ?? 0));
      for (const i of members) count.set(i, layer + 1);
      pads[t] = Math.max(...members.map((i) => metrics.radius[i]!)) + 8 + layer * 7;
    });
    return pads;
  }, [model, metrics]);

  useLayoutEffect(() => {
    const next = new MorphScene(model, elements.current, (t) => hullPad[t]!);
    scene.current = next;
    shown.current = { hub: null, view: null };
    return () => next.stop();
  }, [model, hullPad]);

  useLayoutEffect(() => {
    const current = scene.current;
    const target = layouts?.[view];
    if (!current || !layouts || !target) return;
    const opacity = viewOpacity(model, view);
    // A new size or dataset puts nodes in place; only a change of view is worth a morph.
    if (shown.current.hub !== layouts.hub || prefersReducedMotion()) current.show(target, opacity);
    else if (shown.current.view !== view) current.morphTo(target, opacity);
    shown.current = { hub: layouts.hub, view };
    setReady(true);
  }, [layouts, view, model]);

  const selected = useMemo<Target | null>(() => {
    if (!selection) return null;
    const index = (selection.kind === "tie" ? model.tieIndex : model.nodeIndex).get(selection.id);
    return index === undefined ? null : { kind: selection.kind, index };
  }, [selection, model]);
  const hotSet = useMemo(() => (hot ? neighbourhood(model, hot) : null), [hot, model]);
  const selectedSet = useMemo(() => (selected ? neighbourhood(model, selected) : null), [selected, model]);

  useImperativeHandle(
    ref,
    () => ({
      snapshot: () => {
        const current = scene.current;
        const svg = svgRef.current;
        if (!current || !svg || !size || !metrics || !ready) return null;
        return {
          model,
          view,
          scenario,
          size,
          metrics,
          x: current.x.slice(),
          y: current.y.slice(),
          tieOpacity: current.opacity.slice(),
          hullPad: hullPad.slice(),
          zoom: { ...zoom.transform.current },
          dim: selectedSet,
          svg,
        };
      },
    }),
    [model, view, scenario, size, metrics, ready, hullPad, zoom.transform, selectedSet],
  );

  const onActivate = useCallback(
    (target: Target) => {
      if (zoom.dragged.current) return;
      const current = store.getState().selection;
      const id = target.kind === "tie" ? model.ties[target.index]!.id : model.nodes[target.index]!.id;
      const same = current?.kind === target.kind && current.id === id;
      select(store, same ? null : { kind: target.kind, id });
    },
    [model, store, zoom.dragged],
  );

  const emphasis = (kind: "nodes" | "ties", index: number): "hot" | "dim" | "" => {
    if (hotSet?.[kind].has(index)) return "hot";
    if (selectedSet && !selectedSet[kind].has(index)) return "dim";
    return "";
  };
  const scenarioLabel = model.scenarios.find((s) => s.id === scenario)?.label ?? scenario;
  const common = { onActivate, onHot: setHot };

  const ties = model.ties.map((tie, t) => {
    const state = tie.status[scenario] ?? "absent";
    const label = `${tieName(model, t)}, ${tie.kind}: ${tieStateInfo[state].label.toLowerCase()} under ${scenarioLabel}`;
    const isSelected = selected?.kind === "tie" && selected.index === t;
    const props = { ...common, index: t, id: tie.id, state, label, selected: isSelected, emphasis: emphasis("ties", t) };
    const ref = (el: SVGGElement | null) => void (elements.current.ties[t] = el);
    if (model.tieMembers[t]!.length > 2) {
      const pathRef = (slot: number) => (el: SVGPathElement | null) => void ((elements.current.hulls[t] ??= [])[slot] = el);
      return <HullMark key={tie.id} {...props} ref={ref} pathRef={pathRef} />;
    }
    const lineRef = (slot: number) => (el: SVGLineElement | null) => void ((elements.current.lines[t] ??= [])[slot] = el);
    return <TieMark key={tie.id} {...props} spoke={model.isSpoke[t]!} ref={ref} lineRef={lineRef} />;
  });
  const groups = ties.filter((_, t) => model.tieMembers[t]!.length > 2);
  const pairs = ties.filter((_, t) => model.tieMembers[t]!.length === 2);

  return (
    <figure className="graph-frame">
      <div
        className="graph"
        ref={containerRef}
        data-view={view}
        data-scenario={scenario}
        data-lattice={layouts?.lattice ? "ready" : "pending"}
      >
        {/* Dozens of nodes and ties are tab stops: a keyboard reader may pass them all at once. */}
        <a className="skip-link" href="#details">
          Skip the graph’s {model.nodes.length + model.ties.length} items
        </a>
        <svg
          ref={svgRef}
          className={`graph__svg${selectedSet ? " has-selection" : ""}${ready ? "" : " is-pending"}`}
          width={size?.width}
          height={size?.height}
          viewBox={size ? `0 0 ${size.width} ${size.height}` : undefined}
          role="group"
          aria-label={`Network graph: ${model.nodes.length} countries and organizations, ${model.ties.length} ties`}
          aria-describedby="graph-caption"
          onClick={(event) => {
            if (event.target === svgRef.current && !zoom.dragged.current) select(store, null);
          }}
        >
          <g ref={viewportRef} className="graph__viewport">
            <g className="graph__groups">{groups}</g>
            <g className="graph__ties">{pairs}</g>
            <g className="graph__nodes">
              {model.nodes.map((node, i) => (
                <NodeMark
                  key={node.id}
                  {...common}
                  ref={(el) => void (elements.current.nodes[i] = el)}
                  index={i}
                  node={node}
                  radius={metrics?.radius[i] ?? 0}
                  text={metrics?.label[i] ?? ""}
                  fontSize={metrics?.fontSize[i] ?? 12}
                  label={`${node.label}, ${nodeRoleInfo[node.role].label.toLowerCase()}, ${model.tiesOfNode[i]!.length} ties`}
                  selected={selected?.kind === "node" && selected.index === i}
                  emphasis={emphasis("nodes", i)}
                />
              ))}
            </g>
          </g>
        </svg>
      </div>
      <ZoomControls onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onReset={zoom.reset} />
      {caption && <figcaption className="graph-frame__caption">{caption}</figcaption>}
    </figure>
  );
}
