import { useCallback, useLayoutEffect, useRef, useState, type MouseEvent, type Ref, type RefObject } from "react";
import type { NodeMetrics } from "../layout/nodeMetrics";
import type { Size } from "../layout/types";
import type { GraphModel } from "../model/graphModel";
import type { Neighbourhood, Target } from "../model/neighbourhood";
import { tieName } from "../model/tieName";
import { hitTest } from "./hitTest";
import type { MorphScene } from "./morphScene";
import { paintOnCanvas } from "./paintOnCanvas";
import { readPalette, type Palette } from "./palette";
import type { ZoomTransform } from "./zoomTransform";

type Props = {
  ref: Ref<HTMLCanvasElement>;
  /** Set to this canvas's paint function: the scene calls it after every frame, zoom on change. */
  repaintRef: RefObject<() => void>;
  ready: boolean;
  size: Size | null;
  metrics: NodeMetrics | null;
  scene: RefObject<MorphScene | null>;
  model: GraphModel;
  scenario: string;
  hullPad: Float64Array;
  zoom: RefObject<ZoomTransform>;
  selected: Target | null;
  dim: Neighbourhood | null;
  hot: Target | null;
  onHot: (target: Target | null) => void;
  onActivate: (target: Target) => void;
  onClear: () => void;
};

/**
 * A large graph, painted: one canvas, repainted from the scene's positions (never React state),
 * at most once a frame. Pointer events are hit-tested against the same positions; the keyboard's
 * way in is the table of ties, which lists every tie a canvas cannot make focusable.
 */
export function GraphCanvas(props: Props) {
  const { ref, repaintRef, ready, size, model, hot, onHot, onActivate, onClear } = props;
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const latest = useRef(props);
  const palette = useRef<{ theme: string | undefined; palette: Palette } | null>(null);
  const frame = useRef(0);
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);

  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    const paintNow = () => {
      frame.current = 0;
      const element = canvas.current;
      const { scene, size: shown, metrics, model, scenario, hullPad, zoom, selected, dim } = latest.current;
      const current = scene.current;
      if (!element || !current || !shown || !metrics) return;
      // The theme is read from the page once per change of theme, not once per frame.
      const theme = document.documentElement.dataset.theme;
      if (!palette.current || palette.current.theme !== theme) palette.current = { theme, palette: readPalette(element) };
      const picture = {
        model,
        scenario,
        metrics,
        x: current.x,
        y: current.y,
        tieOpacity: current.opacity,
        hullPad,
        zoom: zoom.current,
        dim,
        selected,
      };
      paintOnCanvas(element, shown.width, shown.height, picture, palette.current.palette, current.animating);
    };
    // Inside an animation frame (the scene's), paint at once; otherwise wait for the next frame.
    repaintRef.current = () => {
      if (latest.current.scene.current?.animating) return paintNow();
      if (!frame.current) frame.current = requestAnimationFrame(paintNow);
    };
    return () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      repaintRef.current = () => {};
    };
  }, [repaintRef]);

  useLayoutEffect(() => repaintRef.current(), [repaintRef, size, ready]);

  // A change of theme (the reader's, or the system's under "auto") repaints in the new colours.
  useLayoutEffect(() => {
    const observer = new MutationObserver(() => repaintRef.current());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, [repaintRef]);

  const targetAt = (event: MouseEvent<HTMLCanvasElement>): Target | null => {
    const { scene, metrics, model, scenario, hullPad, zoom } = latest.current;
    const current = scene.current;
    if (!current || !metrics) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const drawn = {
      model,
      scenario,
      x: current.x,
      y: current.y,
      radius: metrics.radius,
      tieOpacity: current.opacity,
      hullPad,
      zoom: zoom.current,
    };
    return hitTest(drawn, event.clientX - box.left, event.clientY - box.top);
  };
  // One callback for the canvas's life: a new one per render would detach and attach the zoom's
  // listeners (and lose a drag in progress) every time the pointer crosses a mark.
  const setCanvas = useCallback(
    (element: HTMLCanvasElement | null) => {
      canvas.current = element;
      if (typeof ref === "function") ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  const nameOf = (target: Target) => (target.kind === "node" ? model.nodes[target.index]!.label : tieName(model, target.index));

  return (
    <>
      <canvas
        ref={setCanvas}
        className={`graph__canvas${ready ? "" : " is-pending"}${hot ? " is-over" : ""}`}
        style={size ? { width: size.width, height: size.height } : undefined}
        role="img"
        aria-label={`Network graph: ${model.nodes.length} nodes and ${model.ties.length} ties, drawn as a picture. The table of all ties below lists every tie; choosing one there shows it here.`}
        aria-describedby="graph-caption"
        onPointerMove={(event) => {
          const target = targetAt(event);
          if (target?.kind !== hot?.kind || target?.index !== hot?.index) onHot(target);
          const box = event.currentTarget.getBoundingClientRect();
          setTip(target ? { x: event.clientX - box.left, y: event.clientY - box.top, text: nameOf(target) } : null);
        }}
        onPointerLeave={() => {
          onHot(null);
          setTip(null);
        }}
        onClick={(event) => {
          const target = targetAt(event);
          if (target) onActivate(target);
          else onClear();
        }}
      />
      {tip && (
        <div className="graph__tip" style={{ left: tip.x, top: tip.y }} aria-hidden="true">
          {tip.text}
        </div>
      )}
    </>
  );
}
