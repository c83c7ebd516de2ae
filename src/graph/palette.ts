import { tieStates, type TieState } from "../model/vocabulary";

/**
 * The theme's colours and fonts resolved to plain CSS values: what a canvas or a standalone SVG
 * needs in place of the custom properties the page is styled with.
 */
export type Palette = {
  bg: string;
  surface: string;
  ink: string;
  muted: string;
  rule: string;
  hot: string;
  hub: string;
  ally: string;
  partner: string;
  rival: string;
  rivalInk: string;
  states: Record<TieState, string>;
  sans: string;
  serif: string;
};

export type PaletteColour = Exclude<keyof Palette, "states" | "sans" | "serif">;

const colours: Record<PaletteColour, string> = {
  bg: "--bg",
  surface: "--surface",
  ink: "--ink",
  muted: "--muted",
  rule: "--rule",
  hot: "--hot",
  hub: "--hub",
  ally: "--ally",
  partner: "--partner",
  rival: "--rival",
  rivalInk: "--rival-ink",
};

/** Reads the palette in force on an element (the live graph), once, outside any drawing loop. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette = Object.fromEntries(Object.entries(colours).map(([key, name]) => [key, read(name, "#000")])) as Record<
    PaletteColour,
    string
  >;
  const states = Object.fromEntries(tieStates.map((state) => [state, read(`--state-${state}`, palette.ink)])) as Record<TieState, string>;
  return { ...palette, states, sans: read("--font-sans", "sans-serif"), serif: read("--font-serif", "serif") };
}
