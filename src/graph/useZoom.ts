import { useCallback, useLayoutEffect, useRef } from "react";
import { zoomGestures } from "./zoomGestures";
import { identityZoom, zoomAround, type ZoomTransform } from "./zoomTransform";

/**
 * At rest only vertical panning is the browser's: the page scrolls under a one-finger swipe, and
 * a pinch comes to the graph. Zoomed in, every touch is the graph's, to pan what is out of view.
 */
const touchActionFor = (k: number) => (k > 1 ? "none" : "pan-y");

/**
 * Zoom and pan for the graph, with buttons for zoom in, zoom out and reset. `attach` is a callback
 * ref: the listeners go on whichever surface mounts (the svg, or a large graph's canvas, which
 * loads later and after any change of dataset) and come off the one that unmounts.
 */
export function useZoom(onChange: (transform: ZoomTransform) => void) {
  const transform = useRef<ZoomTransform>(identityZoom);
  const dragged = useRef(false);
  const surface = useRef<HTMLElement | SVGSVGElement | null>(null);
  const detach = useRef<(() => void) | null>(null);
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });

  const apply = useCallback((next: ZoomTransform) => {
    transform.current = next;
    if (surface.current) surface.current.style.touchAction = touchActionFor(next.k);
    latest.current(next);
  }, []);

  const attach = useCallback(
    (element: HTMLElement | SVGSVGElement | null) => {
      if (surface.current === element) return;
      detach.current?.();
      detach.current = null;
      surface.current = element;
      if (!element) return;
      element.style.touchAction = touchActionFor(transform.current.k);
      detach.current = zoomGestures(element, { get: () => transform.current, set: apply, dragged });
    },
    [apply],
  );

  const zoomBy = (factor: number) => {
    const box = surface.current?.getBoundingClientRect();
    apply(zoomAround(transform.current, factor, (box?.width ?? 0) / 2, (box?.height ?? 0) / 2));
  };

  return {
    attach,
    transform,
    draggedRef: dragged,
    zoomIn: () => zoomBy(1.4),
    zoomOut: () => zoomBy(1 / 1.4),
    reset: () => apply(identityZoom),
  };
}
