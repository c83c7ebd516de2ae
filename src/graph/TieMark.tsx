import { memo, type Ref } from "react";
import type { TieState } from "../model/vocabulary";
import { stillMark, tieGroupProps, type MarkProps } from "./markProps";
import { lineCap, tieStyles } from "./tieStyle";

type Props = MarkProps & {
  index: number;
  id: string;
  state: TieState;
  spoke: boolean;
  ref: Ref<SVGGElement>;
  /** A ref for each of the tie's lines, by slot: the scene writes their shared endpoints. */
  lineRefs: readonly Ref<SVGLineElement>[];
  /** Its endpoints and opacity, in a prerendered picture; live, the scene writes them. */
  place?: { x1: number; y1: number; x2: number; y2: number; opacity: number } | undefined;
};

/**
 * A bilateral tie: a wide invisible line to hit (24 px, easy to tap), a focus ring, the stroke,
 * and, for a sealed tie, the gap that turns it into a double rule. Lines: their endpoints are
 * attributes the scene writes without making the browser recompute their style.
 */
export const TieMark = memo(function TieMark({ index, id, state, spoke, label, selected, emphasis, ref, lineRefs, place, ...rest }: Props) {
  const style = tieStyles[state];
  const ends = place && { x1: place.x1, y1: place.y1, x2: place.x2, y2: place.y2 };
  return (
    <g
      ref={ref}
      opacity={place?.opacity}
      {...tieGroupProps(index, id, state, spoke ? "tie--spoke" : "tie--pair", { label, selected, emphasis, ...rest })}
      {...(place && stillMark)}
    >
      {/* A picture standing still (prerendered) has nothing to hit or focus: the table is its text. */}
      {!place && <line ref={lineRefs[0]} className="tie__hit" />}
      {!place && <line ref={lineRefs[1]} className="focus-ring" style={{ strokeWidth: style.width + 10 }} />}
      {place ? (
        // Presentation attributes, not a style attribute: the page's policy (style-src 'self')
        // refuses inline styles in markup, though not those a script sets.
        <>
          <line
            {...ends}
            className="tie__stroke"
            stroke={style.color}
            strokeWidth={style.width}
            strokeDasharray={style.dash || "none"}
            strokeLinecap={lineCap(style)}
          />
          {style.double && <line className="tie__gap" strokeWidth={style.width / 3} {...ends} />}
        </>
      ) : (
        <>
          <line
            ref={lineRefs[2]}
            className="tie__stroke"
            style={{ stroke: style.color, strokeWidth: style.width, strokeDasharray: style.dash || "none", strokeLinecap: lineCap(style) }}
          />
          {style.double && <line ref={lineRefs[3]} className="tie__gap" style={{ strokeWidth: style.width / 3 }} />}
        </>
      )}
    </g>
  );
});
