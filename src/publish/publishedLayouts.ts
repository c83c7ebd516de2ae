import { fitPositions } from "../layout/fitPositions";
import { compactWidth, type NodeMetrics } from "../layout/nodeMetrics";
import type { Positions, Size } from "../layout/types";

/**
 * Both orders of a published dataset at one size, computed at publish time (scripts/publish.ts)
 * and inlined in its page, so that the default graphic needs no layout engine to draw.
 */
export type PresetLayout = { size: Size; hub: { x: number[]; y: number[] }; lattice: { x: number[]; y: number[] } };

/**
 * The sizes laid out at publish time: one for the graph's box on a wide screen (16:11, as
 * app.css gives it) and one for a phone (5:6). The page draws the first in the wide media query
 * and the second at 600 px and below, the same breakpoint as the box's aspect ratio.
 */
export const presetSizes: readonly Size[] = [
  { width: 660, height: 454 },
  { width: 334, height: 401 },
];

/** How far (as a ratio) a box's scale may be from a preset's for the preset to be drawn in it, scaled. */
const scaleTolerance = 1.25;
const aspectTolerance = 0.03;

/**
 * The preset to draw, scaled, in a box of this size: one of the same shape whose labels would
 * come out at nearly their own size. Otherwise null, and the graph is laid out for the box itself.
 */
export function matchPreset(presets: readonly PresetLayout[], box: Size): PresetLayout | null {
  for (const preset of presets) {
    const { width, height } = preset.size;
    const aspect = width / height;
    if (Math.abs(box.width / box.height - aspect) / aspect > aspectTolerance) continue;
    const scale = box.width / width;
    if (scale <= scaleTolerance && scale >= 1 / scaleTolerance) return preset;
  }
  return null;
}

export const toPositions = (p: { x: readonly number[]; y: readonly number[] }): Positions => ({
  x: Float64Array.from(p.x),
  y: Float64Array.from(p.y),
});

/**
 * The lattice of the published dataset in a box no preset fits: the preset of the same label
 * style (short labels below the compact width), scaled into the box. It keeps the shape laid out
 * at publish time, and no engine has to start for the published graphic at any size.
 */
export function refitLattice(presets: readonly PresetLayout[], size: Size, metrics: NodeMetrics): Positions | null {
  const compact = size.width < compactWidth;
  const preset = presets.find((p) => p.size.width < compactWidth === compact) ?? presets[0];
  if (!preset) return null;
  return fitPositions(toPositions(preset.lattice), metrics.box, size).positions;
}
