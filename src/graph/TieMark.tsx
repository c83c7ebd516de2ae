import { memo, type Ref } from "react";
import type { TieState } from "../model/vocabulary";
import { tieGroupProps, type MarkProps } from "./markProps";
import { lineCap, tieStyles } from "./tieStyle";

type Props = MarkProps & {
  index: number;
  id: string;
  state: TieState;
  spoke: boolean;
  ref: Ref<SVGGElement>;
  /** A ref for each of the tie's paths, by slot: the scene writes their one shared `d`. */
  pathRefs: readonly Ref<SVGPathElement>[];
};

/**
 * A bilateral tie: a wide invisible line to hit (24 px, easy to tap), a focus ring, the stroke,
 * and, for a sealed tie, the gap that turns it into a double rule. Each is a path, one attribute
 * for the scene to write.
 */
export const TieMark = memo(function TieMark({ index, id, state, spoke, label, selected, emphasis, ref, pathRefs, ...rest }: Props) {
  const style = tieStyles[state];
  return (
    <g ref={ref} {...tieGroupProps(index, id, state, spoke ? "tie--spoke" : "tie--pair", { label, selected, emphasis, ...rest })}>
      <path ref={pathRefs[0]} className="tie__hit" />
      <path ref={pathRefs[1]} className="focus-ring" style={{ strokeWidth: style.width + 10 }} />
      <path
        ref={pathRefs[2]}
        className="tie__stroke"
        style={{ stroke: style.color, strokeWidth: style.width, strokeDasharray: style.dash || "none", strokeLinecap: lineCap(style) }}
      />
      {style.double && <path ref={pathRefs[3]} className="tie__gap" style={{ strokeWidth: style.width / 3 }} />}
    </g>
  );
});
