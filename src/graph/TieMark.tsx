import { memo, type Ref } from "react";
import type { TieState } from "../model/vocabulary";
import { tieGroupProps, type MarkProps } from "./markProps";
import { lineCap, tieStyles } from "./tieStyle";

type Props = MarkProps & {
  index: number;
  id: string;
  state: TieState;
  spoke: boolean;
  ref?: Ref<SVGGElement> | undefined;
  /** A ref for each of the tie's lines, by slot: the scene writes their shared endpoints. */
  lineRefs: readonly Ref<SVGLineElement>[];
};

/**
 * A bilateral tie: a wide invisible line to hit (24 px, easy to tap), a focus ring, the stroke,
 * and, for a sealed tie, the gap that turns it into a double rule. Lines: their endpoints are
 * attributes the scene writes without making the browser recompute their style.
 */
export const TieMark = memo(function TieMark({
  index,
  id,
  state,
  spoke,
  label,
  selected,
  emphasis,
  tabbable,
  ref,
  lineRefs,
  ...rest
}: Props) {
  const style = tieStyles[state];
  return (
    <g ref={ref} {...tieGroupProps(index, id, state, spoke ? "tie--spoke" : "tie--pair", { label, selected, emphasis, tabbable, ...rest })}>
      <line ref={lineRefs[0]} className="tie__hit" />
      <line ref={lineRefs[1]} className="focus-ring" style={{ strokeWidth: style.width + 10 }} />
      <line
        ref={lineRefs[2]}
        className="tie__stroke"
        style={{ stroke: style.color, strokeWidth: style.width, strokeDasharray: style.dash || "none", strokeLinecap: lineCap(style) }}
      />
      {style.double && <line ref={lineRefs[3]} className="tie__gap" style={{ strokeWidth: style.width / 3 }} />}
    </g>
  );
});
