import type { Ref } from "react";
import type { TieState } from "../model/vocabulary";
import { markHandlers, type MarkProps } from "./markProps";
import { tieStyles } from "./tieStyle";

type Props = MarkProps & {
  index: number;
  id: string;
  state: TieState;
  ref: Ref<SVGGElement>;
  pathRef: (slot: number) => Ref<SVGPathElement>;
};

/** A multilateral tie: one outline around all its members, selectable as one object. */
export function HullMark({ index, id, state, label, selected, emphasis, ref, pathRef, ...rest }: Props) {
  const style = tieStyles[state];
  return (
    <g
      ref={ref}
      className={`tie tie--group tie--${state}${selected ? " is-selected" : ""}${emphasis ? ` is-${emphasis}` : ""}`}
      data-tie-id={id}
      data-state={state}
      tabIndex={0}
      role="button"
      aria-label={label}
      aria-pressed={selected}
      {...markHandlers({ kind: "tie", index }, { label, selected, emphasis, ...rest })}
    >
      <path ref={pathRef(0)} className="focus-ring" style={{ strokeWidth: style.width + 10 }} />
      <path
        ref={pathRef(1)}
        className="hull__shape"
        style={{ stroke: style.color, fill: style.color, strokeWidth: style.width, strokeDasharray: style.dash || "none" }}
      />
      <path ref={pathRef(2)} className="tie__gap" style={{ strokeWidth: style.double ? style.width / 3 : 0 }} />
    </g>
  );
}
