import { panBy, pinch, zoomAround, type ZoomTransform } from "./zoomTransform";

/** How far a press may move and still be a click (select), not a drag (pan). */
const dragThreshold = 4;

export type ZoomControl = {
  get: () => ZoomTransform;
  set: (next: ZoomTransform) => void;
  /** True from the moment a press moves the drawing until the click that ends it has passed. */
  dragged: { current: boolean };
};

type Point = { x: number; y: number };
type Touching =
  | { kind: "pinch"; ids: readonly [number, number]; from: readonly [Point, Point]; t: ZoomTransform }
  | { kind: "pan"; id: number; from: Point; t: ZoomTransform };

/**
 * Listens on a surface (the svg, or a large graph's canvas) for what zooms and pans it, and
 * returns what removes the listeners:
 * - a mouse or pen drags to pan, at any zoom;
 * - ctrl/⌘ + wheel zooms around the pointer (what a trackpad pinch sends); a plain wheel is left
 *   to the page, since an embed must never trap a reader scrolling the article;
 * - two fingers pinch around their midpoint;
 * - one finger pans only when zoomed in. At rest it is the page's (CSS `touch-action: pan-y`):
 *   a vertical swipe scrolls the article and a horizontal one does nothing, neither moves the drawing.
 * Touches go through touch events, whose moves can be cancelled before the browser scrolls;
 * pointer events of touches are ignored here.
 */
export function zoomGestures(surface: HTMLElement | SVGSVGElement, { get, set, dragged }: ZoomControl): () => void {
  const local = (clientX: number, clientY: number): Point => {
    const box = surface.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };
  // The click that ends a drag comes in the same task as its release; the keyboard's comes later.
  const release = () => {
    if (dragged.current) setTimeout(() => (dragged.current = false), 0);
  };

  let press: { pointer: number; x: number; y: number; t: ZoomTransform } | null = null;
  const down = (event: PointerEvent) => {
    if (event.pointerType === "touch" || event.button !== 0) return;
    dragged.current = false;
    press = { pointer: event.pointerId, x: event.clientX, y: event.clientY, t: get() };
  };
  const move = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.pointer) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!dragged.current && Math.hypot(dx, dy) < dragThreshold) return;
    if (!dragged.current) surface.setPointerCapture?.(event.pointerId);
    dragged.current = true;
    set(panBy(press.t, dx, dy));
  };
  const up = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.pointer) return;
    press = null;
    release();
  };

  let touching: Touching | null = null;
  const begin = (touches: TouchList) => {
    const [a, b] = [touches[0], touches[1]];
    if (a && b) {
      touching = {
        kind: "pinch",
        ids: [a.identifier, b.identifier],
        from: [local(a.clientX, a.clientY), local(b.clientX, b.clientY)],
        t: get(),
      };
    } else if (a && get().k > 1) {
      touching = { kind: "pan", id: a.identifier, from: local(a.clientX, a.clientY), t: get() };
    } else touching = null;
  };
  const find = (touches: TouchList, id: number) => [...touches].find((touch) => touch.identifier === id);
  const touchStart = (event: TouchEvent) => {
    if (event.touches.length === 1) dragged.current = false;
    begin(event.touches);
  };
  const touchMove = (event: TouchEvent) => {
    if (!touching) return;
    if (touching.kind === "pinch") {
      const a = find(event.touches, touching.ids[0]);
      const b = find(event.touches, touching.ids[1]);
      if (!a || !b) return;
      if (event.cancelable) event.preventDefault();
      dragged.current = true;
      set(pinch(touching.t, touching.from, [local(a.clientX, a.clientY), local(b.clientX, b.clientY)]));
      return;
    }
    const finger = find(event.touches, touching.id);
    if (!finger) return;
    const at = local(finger.clientX, finger.clientY);
    const dx = at.x - touching.from.x;
    const dy = at.y - touching.from.y;
    if (event.cancelable) event.preventDefault();
    if (!dragged.current && Math.hypot(dx, dy) < dragThreshold) return;
    dragged.current = true;
    set(panBy(touching.t, dx, dy));
  };
  const touchEnd = (event: TouchEvent) => {
    if (!touching) return;
    // A finger lifted from a pinch: the other carries on panning (zoomed in) or lets go.
    begin(event.touches);
    if (!touching) release();
  };

  const wheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const at = local(event.clientX, event.clientY);
    set(zoomAround(get(), Math.exp(-event.deltaY * 0.01), at.x, at.y));
  };

  const listeners = [
    ["pointerdown", down],
    ["pointermove", move],
    ["pointerup", up],
    ["pointercancel", up],
    ["touchstart", touchStart],
    ["touchmove", touchMove],
    ["touchend", touchEnd],
    ["touchcancel", touchEnd],
    ["wheel", wheel],
  ] as const;
  // Not passive: a pinch and a zoomed-in pan cancel the browser's own handling of the touch.
  for (const [type, listener] of listeners) surface.addEventListener(type, listener as EventListener, { passive: false });
  return () => {
    for (const [type, listener] of listeners) surface.removeEventListener(type, listener as EventListener);
  };
}
