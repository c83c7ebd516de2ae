// The same linear congruential generator as d3-force's, so a seed gives one layout everywhere.
const a = 1664525;
const c = 1013904223;
const m = 4294967296; // 2^32

export function lcg(seed = 1): () => number {
  let s = seed >>> 0;
  return () => (s = (a * s + c) % m) / m;
}
