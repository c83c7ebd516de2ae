import type { Dataset } from "./schema";
import type { View } from "./vocabulary";

const defaultViewText: Record<View, string> = {
  hub: "The hub at the centre, each ally tied to it by a spoke of its own; the spokes do not touch.",
  lattice: "Every tie drawn: the allies and partners tied to one another as well as to the hub.",
};

/** What a view means, in the dataset's words where it has them: for the caption and the export. */
export const viewDescription = (dataset: Dataset, view: View): string => dataset.meta.views?.[view]?.description ?? defaultViewText[view];
