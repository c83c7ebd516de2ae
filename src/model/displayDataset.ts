import { isolateBidi } from "./isolateBidi";
import type { Dataset } from "./schema";

/** Strings that are addresses or keys, not text to show: never touched. */
const verbatim = new Set(["$schema", "id", "url", "members", "centre", "date", "asOf", "view", "scenario"]);

function map(value: unknown, key: string | undefined): unknown {
  if (typeof value === "string") return key !== undefined && verbatim.has(key) ? value : isolateBidi(value);
  if (Array.isArray(value)) return value.map((item) => map(item, key));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) out[name] = map(item, name);
    return out;
  }
  return value;
}

const anyNeeds = (value: unknown): boolean =>
  typeof value === "string"
    ? isolateBidi(value) !== value
    : Array.isArray(value)
      ? value.some(anyNeeds)
      : value !== null && typeof value === "object" && Object.values(value).some(anyNeeds);

/**
 * The dataset as the graphic shows it: every piece of text isolated where it needs to be
 * (`isolateBidi`), so labels set side by side, in a cell, on the canvas, in SVG and in the exports
 * keep their own direction. A dataset of plain left-to-right text comes back as the same object.
 */
export function displayDataset(dataset: Dataset): Dataset {
  return anyNeeds(dataset) ? (map(dataset, undefined) as Dataset) : dataset;
}
