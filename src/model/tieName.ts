import type { GraphModel } from "./graphModel";

/** What a reader calls a tie: its label, or its members' names joined ("United States–Japan"). */
export function tieName(model: GraphModel, tie: number): string {
  const label = model.ties[tie]?.label;
  return label ?? (model.tieMembers[tie] ?? []).map((i) => model.nodes[i]?.label ?? "").join("–");
}
