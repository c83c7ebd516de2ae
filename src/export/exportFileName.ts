import type { Selection } from "../state/appState";
import type { View } from "../model/vocabulary";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);

/** "latticework-lattice-trump.png", and the selected tie or node when there is one. */
export function exportFileName(view: View, scenario: string, selection: Selection, format: "png" | "svg"): string {
  const parts = ["latticework", view, scenario, selection?.id ?? ""].map(slug).filter(Boolean);
  return `${parts.join("-")}.${format}`;
}
