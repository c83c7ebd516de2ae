import type { Size } from "../types";

/**
 * The graph's own box at the viewports the issues name, as the app's stylesheet gives it on its own
 * page (aspect 16:11, 5:6 under 600 px, capped by the window's height), measured in Chromium at
 * each viewport. A layout is judged against these frames, not against the window.
 */
export const graphAreas = {
  "360×640": { width: 319, height: 383 },
  "390×844": { width: 349, height: 419 },
  "640×800": { width: 599, height: 411 },
  "1280×800": { width: 810, height: 556 },
  "1440×900": { width: 810, height: 556 },
} as const satisfies Record<string, Size>;

export type Viewport = keyof typeof graphAreas;
