import type { GraphModel } from "./graphModel";
import { classifyChange } from "./scenarioDiff";
import type { TieState } from "./vocabulary";

/**
 * The words of the Compare view's key, in its order. "Changed" is for a tie that changes kind
 * without getting firmer or looser: a rivalry that turns to rapprochement, or one state of the same
 * firmness for another. Calling those stronger or weaker would say more than the data does.
 */
export const comparisons = ["stronger", "weaker", "changed", "new", "gone", "unchanged"] as const;
export type Comparison = (typeof comparisons)[number];

export const comparisonLabels: Record<Comparison, string> = {
  stronger: "Stronger",
  weaker: "Weaker",
  changed: "Changed in kind",
  new: "New",
  gone: "Gone",
  unchanged: "Unchanged",
};

export type TieComparison = { tie: number; from: TieState; to: TieState; comparison: Comparison };

const fromChange = { strengthens: "stronger", weakens: "weaker", shifts: "changed", appears: "new", vanishes: "gone" } as const;

/**
 * Every tie present in either scenario, with how it changes from the first to the second, in
 * dataset order. A tie absent from both is in neither picture, so it is left out.
 */
export function compareScenarios(model: GraphModel, first: string, second: string): TieComparison[] {
  return model.ties.flatMap((tie, t) => {
    const from = tie.status[first] ?? "absent";
    const to = tie.status[second] ?? "absent";
    if (from === "absent" && to === "absent") return [];
    const comparison: Comparison = from === to ? "unchanged" : fromChange[classifyChange(from, to)];
    return [{ tie: t, from, to, comparison }];
  });
}
