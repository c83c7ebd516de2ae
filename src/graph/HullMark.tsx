import { memo, type Ref } from "react";
import type { TieState } from "../model/vocabulary";
import { stillMark, tieGroupProps, type MarkProps } from "./markProps";
import { tieStyles } from "./tieStyle";

type Props = MarkProps & {
  index: number;
  id: string;
  state: TieState;
  ref: Ref<SVGGElement>;
  pathRefs: readonly Ref<SVGPathElement>[];
  /** Its outline and opacity, in a prerendered picture; live, the scene writes them. */
  place?: { d: string; opacity: number } | undefined;
};

/** A multilateral tie: one outline around all its members, selectable as one object. */
export const HullMark = memo(function HullMark({ index, id, state, label, selected, emphasis, ref, pathRefs, place, ...rest }: Props) {
  const style = tieStyles[state];
  return (
    <g
      ref={ref}
      opacity={place?.opacity}
      {...tieGroupProps(index, id, state, "tie--group", { label, selected, emphasis, ...rest })}
      {...(place && stillMark)}
    >
      {!place && <path ref={pathRefs[0]} className="focus-ring" style={{ strokeWidth: style.width + 10 }} />}
      {place ? (
        // Presentation attributes, not a style attribute: the page's policy refuses inline styles in markup.
        <>
          <path
            d={place.d}
            className="hull__shape"
            stroke={style.color}
            fill={style.color}
            strokeWidth={style.width}
            strokeDasharray={style.dash || "none"}
          />
          {style.double && <path className="tie__gap" strokeWidth={style.width / 3} d={place.d} />}
        </>
      ) : (
        <>
          <path
            ref={pathRefs[1]}
            className="hull__shape"
            style={{ stroke: style.color, fill: style.color, strokeWidth: style.width, strokeDasharray: style.dash || "none" }}
          />
          {style.double && <path ref={pathRefs[2]} className="tie__gap" style={{ strokeWidth: style.width / 3 }} />}
        </>
      )}
    </g>
  );
});
