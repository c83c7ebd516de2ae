import type { View } from "../model/vocabulary";

export const themes = ["light", "dark", "auto"] as const;
export type Theme = (typeof themes)[number];

export type Selection = { kind: "tie"; id: string } | { kind: "node"; id: string } | null;

/** What the reader has chosen: the whole of the shareable state, and nothing derived. */
export type ReaderState = {
  view: View;
  scenario: string;
  selection: Selection;
  theme: Theme;
};
