import {
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from "react";
import { useStore } from "zustand";
import { lazyExtra } from "../extras/lazyExtra";
import { nodeMetrics } from "../layout/nodeMetrics";
import { neighbourhood, type Target } from "../model/neighbourhood";
import { resolveSelection } from "../model/resolveSelection";
import { PrerenderContext } from "../publish/PrerenderContext";
import { PrerenderedMarks } from "../publish/PrerenderedMarks";
import { PublishedContext } from "../publish/PublishedContext";
import { matchPreset, refitLattice, toPositions } from "../publish/publishedLayouts";
import { hullPads } from "../layout/hullPads";
import { select, type AppStore } from "../state/appStore";
import { MorphScene, type SceneElements } from "./morphScene";
import { nearestInDirection, type Direction } from "./nearestInDirection";
import { prefersReducedMotion } from "./prefersReducedMotion";
import type { GraphHandle } from "./sceneSnapshot";
import { SvgMarks } from "./SvgMarks";
import { useElementSize } from "./useElementSize";
import { useLayouts } from "./useLayouts";
import { useZoom } from "./useZoom";
import { viewOpacity } from "../model/viewOpacity";
import { ZoomControls } from "./ZoomControls";
import { zoomToSvg, type ZoomTransform } from "./zoomTransform";

/**
 * Past this many nodes and ties together, the graph is painted on a canvas: SVG keeps every mark
 * an accessible element, which is right for a newsroom's network and too slow to morph at a
 * thousand nodes. The table of ties stays the text alternative in both.
 */
export const canvasThreshold = 200;

/** The canvas renderer comes with the extras script: the shipped graphic never needs it. */
const GraphCanvas = lazyExtra("GraphCanvas");

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
  const large = model.nodes.length + model.ties.length > canvasThreshold;
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const published = useContext(PublishedContext);
  const prerender = useContext(PrerenderContext);
  // The published dataset comes with its layouts: drawn from those, it needs no layout engine.
  const own = published && published.dataset === model.dataset && !large ? published : null;
  const box = useElementSize(containerRef, own?.initialSize ?? null);
  // A box of a preset's shape draws that preset, scaled (the prerendered picture, unmoved);
  // any other is laid out for itself.
  const preset = own && box ? matchPreset(own.presets, box) : null;
  const size = preset ? preset.size : box;
  const metrics = useMemo(() => (size ? nodeMetrics(model, size) : null), [model, size]);
  const given = useMemo(
    () => (!own || !size || !metrics ? null : preset ? toPositions(preset.lattice) : refitLattice(own.presets, size, metrics)),
    [own, preset, size, metrics],
  );
  const layouts = useLayouts(model, size, metrics, given);
  /** CSS pixels per unit of the drawing, when a preset is drawn scaled into the box. */
  const fit = box && size ? Math.min(box.width / size.width, box.height / size.height) : 1;
  const fitRef = useRef(fit);
  useLayoutEffect(() => {
    fitRef.current = fit;
  }, [fit]);
  const [hot, setHot] = useState<Target | null>(null);
  /** Asks the canvas to repaint (a no-op for SVG, whose elements the scene moves itself). */
  const repaintRef = useRef<() => void>(() => {});

  const onZoom = useCallback(
    (transform: ZoomTransform) => {
      if (large) repaintRef.current();
      else {
        // The zoom is in the box's pixels; the drawing's units differ when a preset is scaled.
        const k = fitRef.current;
        viewportRef.current?.setAttribute("transform", zoomToSvg({ ...transform, x: transform.x / k, y: transform.y / k }));
      }
    },
    [large],
  );
  const zoom = useZoom(onZoom);
  const { draggedRef, attach } = zoom;
  // Each surface takes the zoom's listeners as it mounts: the canvas of a large graph arrives
  // later than the first render (it loads with the extras), and after any change of dataset.
  const svgSurface = useCallback(
    (element: SVGSVGElement | null) => {
      svgRef.current = element;
      attach(element);
    },
    [attach],
  );
  const canvasSurface = useCallback(
    (element: HTMLCanvasElement | null) => {
      canvasRef.current = element;
      attach(element);
    },
    [attach],
  );

  const elements = useRef<SceneElements>({ nodes: [], ties: [], paths: [], settled: [] });
  const scene = useRef<MorphScene | null>(null);
  const shown = useRef<{ hub: unknown; view: unknown }>({ hub: null, view: null });
  const [ready, setReady] = useState(false);

  const hullPad = useMemo(() => hullPads(model, metrics), [model, metrics]);

  useLayoutEffect(() => {
    // A canvas has no elements for the scene to move: it repaints after every frame instead.
    const next = new MorphScene(model, large ? { nodes: [], ties: [], paths: [], settled: [] } : elements.current, (t) => hullPad[t]!);
    if (large) next.onFrame = () => repaintRef.current();
    // While the picture moves, labels go without their halo: text outlines are most of what a
    // frame repaints, and no one reads a label in flight.
    else {
      next.onStart = () => svgRef.current?.classList.add("is-moving");
      next.onFrame = (progress) => svgRef.current?.classList.toggle("is-moving", progress < 1);
    }
    scene.current = next;
    shown.current = { hub: null, view: null };
    return () => next.stop();
  }, [model, hullPad, large]);

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

  const selected = useMemo(() => resolveSelection(model, selection), [selection, model]);
  const hotSet = useMemo(() => (hot ? neighbourhood(model, hot) : null), [hot, model]);
  const selectedSet = useMemo(() => (selected ? neighbourhood(model, selected) : null), [selected, model]);

  useEffect(() => repaintRef.current(), [scenario, selectedSet, hotSet]);

  // A change of scenario or selection restyles marks: transitions run for that time only.
  const restyled = useRef({ scenario, selectedSet });
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || (restyled.current.scenario === scenario && restyled.current.selectedSet === selectedSet)) return;
    restyled.current = { scenario, selectedSet };
    container.classList.add("is-restyling");
    const timer = setTimeout(() => container.classList.remove("is-restyling"), 400);
    return () => clearTimeout(timer);
  }, [scenario, selectedSet]);

  useImperativeHandle(
    ref,
    () => ({
      snapshot: () => {
        const current = scene.current;
        const surface = large ? canvasRef.current : svgRef.current;
        if (!current || !surface || !size || !metrics || !ready) return null;
        // The picture as it stands on screen, in the box's pixels: a preset drawn scaled into the
        // box is the zoom's first scale (see onZoom), centred as the svg centres its viewBox.
        const drawn = box ?? size;
        const t = zoom.transform.current;
        return {
          model,
          view,
          scenario,
          size: drawn,
          metrics,
          x: current.x.slice(),
          y: current.y.slice(),
          tieOpacity: current.opacity.slice(),
          hullPad: hullPad.slice(),
          zoom: {
            k: fit * t.k,
            x: (drawn.width - fit * size.width) / 2 + t.x,
            y: (drawn.height - fit * size.height) / 2 + t.y,
          },
          dim: selectedSet,
          surface,
        };
      },
    }),
    [model, view, scenario, size, box, fit, metrics, ready, hullPad, zoom.transform, selectedSet, large],
  );

  const onActivate = useCallback(
    (target: Target) => {
      if (draggedRef.current) return;
      const current = store.getState().selection;
      const id = target.kind === "tie" ? model.ties[target.index]!.id : model.nodes[target.index]!.id;
      const same = current?.kind === target.kind && current.id === id;
      select(store, same ? null : { kind: target.kind, id });
    },
    [model, store, draggedRef],
  );
  // Where each mark sits for the arrow keys: a node at its centre, a tie at the middle of its
  // members; a tie not drawn (absent, or a faint trace of the other view) is not a stop.
  const nextMark = useCallback(
    (from: Target, direction: Direction): Target | null => {
      const current = scene.current;
      if (!current) return null;
      const n = model.nodes.length;
      const points = new Float64Array(2 * (n + model.ties.length)).fill(NaN);
      for (let i = 0; i < n; i++) {
        points[2 * i] = current.x[i] ?? NaN;
        points[2 * i + 1] = current.y[i] ?? NaN;
      }
      model.tieMembers.forEach((members, t) => {
        const drawn = (current.opacity[t] ?? 0) >= 0.5 && (model.ties[t]?.status[scenario] ?? "absent") !== "absent";
        if (!drawn) return;
        let x = 0;
        let y = 0;
        for (const i of members) {
          x += (current.x[i] ?? 0) / members.length;
          y += (current.y[i] ?? 0) / members.length;
        }
        points[2 * (n + t)] = x;
        points[2 * (n + t) + 1] = y;
      });
      const found = nearestInDirection(points, from.kind === "node" ? from.index : n + from.index, direction);
      if (found < 0) return null;
      return found < n ? { kind: "node", index: found } : { kind: "tie", index: found - n };
    },
    [model, scenario],
  );
  const clear = useCallback(() => {
    if (!draggedRef.current) select(store, null);
  }, [store, draggedRef]);

  return (
    <figure className="graph-frame">
      <div
        className="graph"
        ref={containerRef}
        data-view={view}
        data-scenario={scenario}
        data-renderer={large ? "canvas" : "svg"}
        data-lattice={prerender ? "prerendered" : layouts?.lattice ? "ready" : "pending"}
      >
        {prerender && own ? (
          <PrerenderedMarks model={model} presets={own.presets} view={view} scenario={scenario} />
        ) : large ? (
          <Suspense fallback={null}>
            <GraphCanvas
              ref={canvasSurface}
              repaintRef={repaintRef}
              ready={ready}
              size={size}
              metrics={metrics}
              scene={scene}
              model={model}
              scenario={scenario}
              hullPad={hullPad}
              zoom={zoom.transform}
              selected={selected}
              dim={hotSet ?? selectedSet}
              hot={hot}
              onHot={setHot}
              onActivate={onActivate}
              onClear={clear}
            />
          </Suspense>
        ) : (
          <SvgMarks
            svgRef={svgSurface}
            viewportRef={viewportRef}
            elements={elements}
            ready={ready}
            size={size}
            metrics={metrics}
            model={model}
            scenario={scenario}
            selected={selected}
            selectedSet={selectedSet}
            hotSet={hotSet}
            onActivate={onActivate}
            onHot={setHot}
            onClear={clear}
            nextMark={nextMark}
          />
        )}
      </div>
      <ZoomControls onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onReset={zoom.reset} />
      {caption && <figcaption className="graph-frame__caption">{caption}</figcaption>}
    </figure>
  );
}
