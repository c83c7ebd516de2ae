import type { TieState } from "./vocabulary";

export type TieStyle = {
  /** A CSS colour, through a custom property so the theme decides the shade. */
  color: string;
  width: number;
  /** SVG stroke-dasharray; "" for a solid line. */
  dash: string;
  /** Drawn as two parallel rules, the cue for a sealed tie that needs no colour. */
  double: boolean;
};

// Every state differs from every other in width or dash, not in colour alone (WCAG 1.4.1).
export const tieStyles: Record<TieState, TieStyle> = {
  institutionalized: { color: "var(--state-institutionalized)", width: 6, dash: "", double: true },
  deepening: { color: "var(--state-deepening)", width: 3.5, dash: "", double: false },
  steady: { color: "var(--state-steady)", width: 1.75, dash: "", double: false },
  sought: { color: "var(--state-sought)", width: 3, dash: "0.1 6", double: false },
  strained: { color: "var(--state-strained)", width: 2.75, dash: "9 5", double: false },
  "at-risk": { color: "var(--state-at-risk)", width: 2.25, dash: "3 4", double: false },
  rapprochement: { color: "var(--state-rapprochement)", width: 2.5, dash: "16 5", double: false },
  volatile: { color: "var(--state-volatile)", width: 2.25, dash: "10 3 2 3 2 3", double: false },
  adversarial: { color: "var(--state-adversarial)", width: 2, dash: "10 4 2 4", double: false },
  escalating: { color: "var(--state-escalating)", width: 4, dash: "10 4 2 4", double: false },
  absent: { color: "var(--state-absent)", width: 1, dash: "2 6", double: false },
};

/** Round caps turn a 0.1 dash into a dot; butt caps keep dashes crisp. */
export const lineCap = (style: TieStyle) => (style.dash.startsWith("0.1") ? "round" : "butt");
