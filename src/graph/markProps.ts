import type { KeyboardEvent } from "react";
import type { Target } from "../model/neighbourhood";
import { isDirection, type Direction } from "./nearestInDirection";

/** What every drawn node and tie shares: a button that selects it, and highlight on hover or focus. */
export type MarkProps = {
  label: string;
  selected: boolean;
  /** "hot" while it or a neighbour is hovered or focused, "dim" while something else is selected. */
  emphasis: "hot" | "dim" | "";
  /** The graph is one Tab stop (roving tabindex): this mark is the one Tab lands on. */
  tabbable: boolean;
  onActivate: (target: Target) => void;
  onHot: (target: Target | null) => void;
  /** An arrow key pressed on the mark: focus goes to the nearest mark that way. */
  onArrow: (target: Target, direction: Direction) => void;
};

export function markHandlers(target: Target, { onActivate, onHot, onArrow }: MarkProps) {
  return {
    onClick: () => onActivate(target),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onActivate(target);
      } else if (isDirection(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        onArrow(target, event.key);
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
  const { label, selected, emphasis, tabbable } = props;
  return {
    className: `tie ${className} tie--${state}${selected ? " is-selected" : ""}${emphasis ? ` is-${emphasis}` : ""}`,
    "data-tie-id": id,
    "data-mark-id": id,
    "data-state": state,
    tabIndex: tabbable ? 0 : -1,
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
