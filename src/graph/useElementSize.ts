import { useLayoutEffect, useState, type RefObject } from "react";
import type { Size } from "../layout/types";

/** Where layout has no size to give (jsdom, a hidden tab), the graphic is laid out at this size. */
export const fallbackSize: Size = { width: 800, height: 560 };

/**
 * The element's content size, rounded to whole pixels and updated when it is resized; null until
 * it has been measured (before the first paint), so nothing is laid out for a size never shown.
 * The graph's box reserves its height in CSS, so the page does not move when it arrives.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, initial: Size | null = null): Size | null {
  // A prerendered page has been laid out already: its box's size is known before the first render.
  const [size, setSize] = useState<Size | null>(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) => {
      const next = width >= 1 && height >= 1 ? { width: Math.round(width), height: Math.round(height) } : fallbackSize;
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    if (typeof ResizeObserver !== "function") {
      // The content box, as the ResizeObserver would report it: borders are not room to draw in.
      update(element.clientWidth, element.clientHeight);
      return;
    }
    // No synchronous measure here: reading a size right after the first commit forces the whole
    // page's style and layout inside that long first task. The observer reports once the browser
    // has laid out anyway, before the frame is painted.
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width >= 1) update(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
