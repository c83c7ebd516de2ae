export type Direction = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

const axes: Record<Direction, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export const isDirection = (key: string): key is Direction => Object.hasOwn(axes, key);

/**
 * The point nearest to `from` in a direction, as spatial navigation picks it: the nearest of the
 * points within 45° of the direction; if there is none, of the points ahead at all (further along
 * by at least a pixel), the one with the least distance along plus twice the distance sideways.
 * Points are x, y pairs in one flat array (NaN: not a stop); the index found, or -1 if none lies ahead.
 */
export function nearestInDirection(points: ArrayLike<number>, from: number, direction: Direction): number {
  const [ax, ay] = axes[direction];
  const fx = points[2 * from] ?? 0;
  const fy = points[2 * from + 1] ?? 0;
  let best = -1;
  let bestScore = Infinity;
  let inCone = false;
  for (let i = 0; 2 * i + 1 < points.length; i++) {
    const x = points[2 * i];
    const y = points[2 * i + 1];
    if (i === from || x === undefined || y === undefined || Number.isNaN(x)) continue;
    const dx = x - fx;
    const dy = y - fy;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along < 1) continue;
    const cone = across <= along;
    if (inCone && !cone) continue;
    const score = cone ? Math.hypot(dx, dy) : along + 2 * across;
    if ((cone && !inCone) || score < bestScore) [best, bestScore, inCone] = [i, score, cone];
  }
  return best;
}
