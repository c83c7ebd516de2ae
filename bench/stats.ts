export type Summary = {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Every run's figure, in run order, rounded to 0.1: on a shared machine the spread matters. */
  values?: number[];
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, min and max of the runs that produced a figure; null when none did. */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const measured = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (measured.length === 0) return null;
  return {
    median: median(measured),
    min: Math.min(...measured),
    max: Math.max(...measured),
    runs: measured.length,
    values: measured.map((value) => Math.round(value * 10) / 10),
  };
}
