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
  /** From the pointerdown to the morph's first frame, ms: the click's own work and that frame. */
  clickToFirstFrame: number | null;
};

/**
 * What a recorded morph says about its smoothness; null when nothing moved. The morph's first
 * frame is the first in which the scene writes positions after the click (it writes them
 * unchanged, at progress 0, and starts its clock there), so a slow first frame counts as a gap.
 */
export function analyseMorph({ frames, writes, moves, click }: MorphRecording): MorphMeasure | null {
  const last = moves.length > 0 ? Math.max(...moves) : undefined;
  if (last === undefined) return null;
  const first = Math.min(...writes.filter((t) => click === null || t >= click), ...moves.filter((t) => click === null || t >= click));
  const span = [...new Set([...frames, ...writes, ...moves])].filter((t) => t >= first && t <= last).sort((a, b) => a - b);
  let worstGap = 0;
  for (let k = 1; k < span.length; k++) worstGap = Math.max(worstGap, span[k]! - span[k - 1]!);
  const drawn = new Set([...writes, ...moves].filter((t) => t >= first && t <= last)).size;
  const duration = last - first;
  return {
    frames: drawn,
    duration,
    fps: duration > 0 ? ((drawn - 1) * 1000) / duration : 0,
    worstGap,
    clickToFirstFrame: click === null ? null : first - click,
  };
}
