import type { TieState } from "../model/vocabulary";
import { lineCap, tieStyles } from "../model/tieStyle";

/** A short sample of a state's line, for the legend and the panel: the same style as the graph. */
export function StateSwatch({ state }: { state: TieState }) {
  const style = tieStyles[state];
  return (
    <svg className="swatch" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dash || undefined}
        strokeLinecap={lineCap(style)}
        opacity={state === "absent" ? 0.6 : 1}
      />
      {style.double && <line x1="2" y1="6" x2="34" y2="6" className="swatch__gap" strokeWidth={style.width / 3} />}
    </svg>
  );
}
