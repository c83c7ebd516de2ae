import type { HostChange } from "./protocol";

/**
 * Two host requests as one: the later one's fields win, the earlier one's others stand. Applying the
 * result once leaves the graphic where applying both in turn would, so a flood of requests between
 * two frames costs one update. Pure.
 */
export function mergeHostChanges(earlier: HostChange | null, later: HostChange): HostChange {
  return { ...earlier, ...later };
}
