import { memo, type Ref } from "react";
import type { TieState } from "../model/vocabulary";
import { tieGroupProps, type MarkProps } from "./markProps";
import { tieStyles } from "./tieStyle";

type Props = MarkProps & {
  index: number;
  id: string;
  state: TieState;
  ref?: Ref<SVGGElement> | undefined;
  pathRefs: readonly Ref<SVGPathElement>[];
};

/** A multilateral tie: one outline around all its members, selectable as one object. */
export const HullMark = memo(function HullMark({ index, id, state, label, selected, emphasis, tabbable, ref, pathRefs, ...rest }: Props) {
  const style = tieStyles[state];
  return (
    <g ref={ref} {...tieGroupProps(index, id, state, "tie--group", { label, selected, emphasis, tabbable, ...rest })}>
      <path ref={pathRefs[0]} className="focus-ring" style={{ strokeWidth: style.width + 10 }} />
      <path
        ref={pathRefs[1]}
        className="hull__shape"
        style={{ stroke: style.color, fill: style.color, strokeWidth: style.width, strokeDasharray: style.dash || "none" }}
      />
      {style.double && <path ref={pathRefs[2]} className="tie__gap" style={{ strokeWidth: style.width / 3 }} />}
    </g>
  );
});
