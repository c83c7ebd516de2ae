import type { KeyboardEvent } from "react";
import type { Target } from "../model/neighbourhood";

/** What every drawn node and tie shares: a button that selects it, and highlight on hover or focus. */
export type MarkProps = {
  label: string;
  selected: boolean;
  /** "hot" while it or a neighbour is hovered or focused, "dim" while something else is selected. */
  emphasis: "hot" | "dim" | "";
  onActivate: (target: Target) => void;
  onHot: (target: Target | null) => void;
};

export function markHandlers(target: Target, { onActivate, onHot }: MarkProps) {
  return {
    onClick: () => onActivate(target),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onActivate(target);
      }
    },
    onPointerEnter: () => onHot(target),
    onPointerLeave: () => onHot(null),
    onFocus: () => onHot(target),
    onBlur: () => onHot(null),
  };
}

/** What the `<g>` of every tie carries, bilateral or multilateral: its class, the contract's data
 * attributes, and its role as a button. */
export function tieGroupProps(index: number, id: string, state: string, className: string, props: MarkProps) {
  const { label, selected, emphasis } = props;
  return {
    className: `tie ${className} tie--${state}${selected ? " is-selected" : ""}${emphasis ? ` is-${emphasis}` : ""}`,
    "data-tie-id": id,
    "data-state": state,
    tabIndex: 0,
    role: "button",
    "aria-label": label,
    "aria-pressed": selected,
    ...markHandlers({ kind: "tie", index }, props),
  };
}

/**
 * What a mark of a prerendered picture drops: it is no button (nothing runs to answer it), and
 * screen readers get the table of ties, the picture's text alternative, instead.
 */
export const stillMark = { tabIndex: undefined, role: undefined, "aria-label": undefined, "aria-pressed": undefined } as const;
