import type { Palette } from "../../../src/graph/palette";
import { tieStates, type TieState } from "../../../src/model/vocabulary";

/** A palette whose every colour is distinct, so a test can tell what was painted with which. */
export const testPalette: Palette = {
  bg: "#f0f0f0",
  surface: "#ffffff",
  ink: "#111111",
  muted: "#555555",
  rule: "#dddddd",
  hot: "#0000ff",
  hub: "#000080",
  ally: "#3060b0",
  partner: "#506080",
  rival: "#b02020",
  rivalInk: "#801010",
  states: Object.fromEntries(tieStates.map((state, i) => [state, `#a0${(i + 16).toString(16)}00`])) as Record<TieState, string>,
  sans: 'Arial, "Liberation Sans", sans-serif',
  serif: "Georgia, serif",
};
