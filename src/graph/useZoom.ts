import { useCallback, useEffect, useRef, type RefObject } from "react";
import { identityZoom, panBy, zoomAround, zoomToSvg, type ZoomTransform } from "./zoomTransform";

const dragThreshold = 4;

/**
 * Zoom and pan for the graph: buttons for zoom in, zoom out and reset, dragging to pan, and
 * ctrl/⌘ + wheel (what a trackpad pinch sends) to zoom. A plain wheel is left to the page: an
 * embed must never trap a reader scrolling the article.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>, viewportRef: RefObject<SVGGElement | null>) {
  const transform = useRef<ZoomTransform>(identityZoom);
  /** Set after a drag, so that the click that ends it does not select what is under the pointer. */
  const dragged = useRef(false);

  const apply = useCallback(
    (next: ZoomTransform) => {
      transform.current = next;
      viewportRef.current?.setAttribute("transform", zoomToSvg(next));
      const svg = svgRef.current;
      // Zoomed in, a touch pans the drawing; at rest, a vertical swipe scrolls the article.
      if (svg) svg.style.touchAction = next.k > 1 ? "none" : "pan-y";
    },
    [svgRef, viewportRef],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const box = svgRef.current?.getBoundingClientRect();
      apply(zoomAround(transform.current, factor, (box?.width ?? 0) / 2, (box?.height ?? 0) / 2));
    },
    [apply, svgRef],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let start: { x: number; y: number; pointer: number; t: ZoomTransform } | null = null;
    const down = (event: PointerEvent) => {
      if (event.button !== 0) return;
      dragged.current = false;
      start = { x: event.clientX, y: event.clientY, pointer: event.pointerId, t: transform.current };
    };
    const move = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.pointer) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (!dragged.current && Math.hypot(dx, dy) < dragThreshold) return;
      if (!dragged.current) svg.setPointerCapture?.(event.pointerId);
      dragged.current = true;
      apply(panBy(start.t, dx, dy));
    };
    const up = () => {
      start = null;
    };
    const wheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      apply(zoomAround(transform.current, Math.exp(-event.deltaY * 0.01), event.clientX - box.left, event.clientY - box.top));
    };
    svg.addEventListener("pointerdown", down);
    svg.addEventListener("pointermove", move);
    svg.addEventListener("pointerup", up);
    svg.addEventListener("pointercancel", up);
    svg.addEventListener("wheel", wheel, { passive: false });
    return () => {
      svg.removeEventListener("pointerdown", down);
      svg.removeEventListener("pointermove", move);
      svg.removeEventListener("pointerup", up);
      svg.removeEventListener("pointercancel", up);
      svg.removeEventListener("wheel", wheel);
    };
  }, [apply, svgRef]);

  return {
    transform,
    dragged,
    zoomIn: () => zoomBy(1.4),
    zoomOut: () => zoomBy(1 / 1.4),
    reset: () => apply(identityZoom),
  };
}
