import type { MorphRecording } from "./pageProbe";

export type MorphMeasure = {
  /** Frames the morph drew, from its first frame to its last moving frame. */
  frames: number;
  /** From the morph's first frame to its last moving frame, ms. */
  duration: number;
  /** Frames per second over that span: (frames − 1) / duration; 0 when it took one frame. */
  fps: number;
  /** The longest gap between consecutive frames over that span, ms. */
  worstGap: number;
  /**
   * The same from the last frame before the click: the click's own work (React re-rendering,
   * say) holds frames back too, and the reader sees that as the morph's first stutter.
   */
  worstGapFromClick: number | null;
  /** From the pointerdown to the moment the morph's first frame ran, ms. */
  clickToFirstFrame: number | null;
};

const worstGapIn = (times: readonly number[], from: number, to: number) => {
  const span = [...new Set(times)].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  let worst = 0;
  for (let k = 1; k < span.length; k++) worst = Math.max(worst, span[k]! - span[k - 1]!);
  return worst;
};

/**
 * What a recorded morph says about its smoothness; null when nothing moved. The writes are those
 * after the click. The morph's first frame is the first in which the scene writes positions: its
 * first moving frame (the frame before it starts the clock and writes nothing, since nothing has
 * moved yet). The frames before it, from the click, count in `worstGapFromClick`. A frame's
 * timestamp is when the frame began: one that began before the click and ran after the click's
 * work carries a timestamp earlier than the click, and the click's work then shows as the gap
 * after it.
 */
export function analyseMorph({ frames, writes, moves, click, firstWriteAt }: MorphRecording): MorphMeasure | null {
  if (moves.length === 0) return null;
  const last = Math.max(...moves);
  const first = Math.min(...writes, ...moves);
  const all = [...frames, ...writes, ...moves];
  const drawn = new Set([...writes, ...moves].filter((t) => t >= first && t <= last)).size;
  const duration = last - first;
  const before = click === null ? [] : frames.filter((t) => t <= click);
  return {
    frames: drawn,
    duration,
    fps: duration > 0 ? ((drawn - 1) * 1000) / duration : 0,
    worstGap: worstGapIn(all, first, last),
    worstGapFromClick: before.length > 0 ? worstGapIn(all, Math.min(first, Math.max(...before)), last) : null,
    clickToFirstFrame: click === null ? null : (firstWriteAt ?? first) - click,
  };
}
