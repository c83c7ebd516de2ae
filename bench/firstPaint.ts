import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSize } from "./gzipSize";

/**
 * What the page paints its picture with, and how much of it comes in the first round trip: the
 * HTML from its start to the end of the prerendered graphic (#root), and the stylesheet it links.
 * TCP's first flight is about 14 KB (ten segments), so that is the target for the two together.
 */
export function firstFlight(folder: string): { html: number; css: number; total: number } {
  const page = readFileSync(join(folder, "index.html"), "utf8");
  const end = page.indexOf('<script type="application/json"');
  const html = gzipSize(end > 0 ? page.slice(0, end) : page);
  const sheet = /<link rel="stylesheet" href="\.\/([^"]+)"/.exec(page)?.[1];
  const css = sheet ? gzipSize(readFileSync(join(folder, sheet))) : 0;
  return { html, css, total: html + css };
}

/**
 * Installed before the page's scripts (addInitScript): first contentful paint, the layout shift
 * summed from navigation (entries after input excluded, as CLS does), and the long tasks.
 */
export const paintProbe = String.raw`(() => {
  const probe = { fcp: null, cls: 0, longest: 0 };
  Object.defineProperty(window, "__paint", { value: probe });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") probe.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.cls += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longest = Math.max(probe.longest, entry.duration);
  }).observe({ type: "longtask", buffered: true });
})();`;
