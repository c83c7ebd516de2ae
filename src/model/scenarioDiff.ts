import type { GraphModel } from "./graphModel";
import { tieStateInfo, type TieState } from "./vocabulary";

export type ChangeKind = "appears" | "vanishes" | "strengthens" | "weakens" | "shifts";
export type TieChange = { tie: number; from: TieState; to: TieState; change: ChangeKind };

export const changeOrder: readonly ChangeKind[] = ["weakens", "vanishes", "shifts", "strengthens", "appears"];

/** How a tie changes from one state to another (the two states differ). */
export function classifyChange(from: TieState, to: TieState): ChangeKind {
  if (from === "absent") return "appears";
  if (to === "absent") return "vanishes";
  const a = tieStateInfo[from];
  const b = tieStateInfo[to];
  // Rivalries do not get "stronger" or "weaker" as alliances do: they change character.
  if (a.polarity !== "cooperative" || b.polarity !== "cooperative") return "shifts";
  if (b.rank > a.rank) return "strengthens";
  if (b.rank < a.rank) return "weakens";
  return "shifts";
}

/** Every tie whose state differs between two scenarios, and how it changes, in dataset order. */
export function scenarioDiff(model: GraphModel, from: string, to: string): TieChange[] {
  return model.ties.flatMap((tie, t) => {
    const a = tie.status[from] ?? "absent";
    const b = tie.status[to] ?? "absent";
    return a === b ? [] : [{ tie: t, from: a, to: b, change: classifyChange(a, b) }];
  });
}
