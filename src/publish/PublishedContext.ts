import { createContext } from "react";
import type { Dataset } from "../model/schema";
import type { PresetLayout } from "./publishedLayouts";
import type { Size } from "../layout/types";

/**
 * What the published page brings with its dataset: the layouts computed at publish time, and the
 * size of the graph's box as the prerendered page laid it out, so that the live graphic's first
 * render draws the same picture in the same box (see src/app/boot.tsx).
 */
export type Published = {
  dataset: Dataset;
  presets: readonly PresetLayout[];
  initialSize: Size | null;
  /** The folder's page prerendered as an embed (the snippet's frame), where there is one. */
  framePage: string | null;
};

export const PublishedContext = createContext<Published | null>(null);
