import { useCallback, useEffect, useRef, type RefObject } from "react";
import { identityZoom, panBy, zoomAround, type ZoomTransform } from "./zoomTransform";

const dragThreshold = 4;

/**
 * Zoom and pan for the graph: buttons for zoom in, zoom out and reset, dragging to pan, and
 * ctrl/⌘ + wheel (what a trackpad pinch sends) to zoom. A plain wheel is left to the page: an
 * embed must never trap a reader scrolling the article.
 */
export function useZoom(
  surfaceRef: RefObject<HTMLElement | SVGSVGElement | null>,
  onChange: (transform: ZoomTransform) => void,
  surfaceKey: unknown,
) {
  const transform = useRef<ZoomTransform>(identityZoom);
  /** Set after a drag, so that the click that ends it does not select what is under the pointer. */
  const dragged = useRef(false);

  const apply = useCallback(
    (next: ZoomTransform) => {
      transform.current = next;
      onChange(next);
      const surface = surfaceRef.current;
      // Zoomed in, a touch pans the drawing; at rest, a vertical swipe scrolls the article.
      if (surface) surface.style.touchAction = next.k > 1 ? "none" : "pan-y";
    },
    [surfaceRef, onChange],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const box = surfaceRef.current?.getBoundingClientRect();
      apply(zoomAround(transform.current, factor, (box?.width ?? 0) / 2, (box?.height ?? 0) / 2));
    },
    [apply, surfaceRef],
  );

  useEffect(() => {
    // An svg or a canvas: either dispatches the same pointer and wheel events.
    const surface = surfaceRef.current as HTMLElement | null;
    if (!surface) return;
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
      if (!dragged.current) surface.setPointerCapture?.(event.pointerId);
      dragged.current = true;
      apply(panBy(start.t, dx, dy));
    };
    const up = () => {
      start = null;
    };
    const wheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = surface.getBoundingClientRect();
      apply(zoomAround(transform.current, Math.exp(-event.deltaY * 0.01), event.clientX - box.left, event.clientY - box.top));
    };
    surface.addEventListener("pointerdown", down);
    surface.addEventListener("pointermove", move);
    surface.addEventListener("pointerup", up);
    surface.addEventListener("pointercancel", up);
    surface.addEventListener("wheel", wheel, { passive: false });
    return () => {
      surface.removeEventListener("pointerdown", down);
      surface.removeEventListener("pointermove", move);
      surface.removeEventListener("pointerup", up);
      surface.removeEventListener("pointercancel", up);
      surface.removeEventListener("wheel", wheel);
    };
  }, [apply, surfaceRef, surfaceKey]);

  return {
    transform,
    draggedRef: dragged,
    zoomIn: () => zoomBy(1.4),
    zoomOut: () => zoomBy(1 / 1.4),
    reset: () => apply(identityZoom),
  };
}
