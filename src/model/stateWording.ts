import type { GraphModel } from "./graphModel";
import { scenarioLabel } from "./scenarioLabel";
import { stateWords } from "./legendWords";
import type { TieState } from "./vocabulary";

/**
 * How a state is offered to the reader: as observed, as what the source projects, or as what it
 * says people fear. A projection must never read as an event: every surface that names a state
 * (panel, caption, key, change list, table, announcements, exports) words it through here.
 */
export type Modality = "observed" | "projected" | "feared" | "projected or feared";

const qualifier: Record<Modality, string> = {
  observed: "",
  projected: " (projected)",
  feared: " (feared)",
  "projected or feared": " (projected or feared)",
};

/** The state's own name: the dataset's word for it where it gives one, else the neutral default. */
const baseLabel = (model: GraphModel, state: TieState): string => stateWords(model.dataset, state).label;

export const isProjected = (model: GraphModel, scenarioId: string): boolean =>
  model.scenarios.find((s) => s.id === scenarioId)?.kind === "projected";

/**
 * A tie's state under a scenario is observed unless the scenario is projected; then it is feared
 * where the dataset says the source speaks of a fear. Without a tie (the key), a state that some
 * ties hold as a projection and others as a fear is both.
 */
export function stateModality(model: GraphModel, scenarioId: string, state: TieState, tie?: number): Modality {
  if (!isProjected(model, scenarioId)) return "observed";
  const feared = (t: number) => model.ties[t]?.feared?.includes(scenarioId) ?? false;
  if (tie !== undefined) return feared(tie) ? "feared" : "projected";
  const holders = model.ties.flatMap((t, k) => ((t.status[scenarioId] ?? "absent") === state ? [k] : []));
  const fears = holders.filter(feared).length;
  if (holders.length > 0 && fears === holders.length) return "feared";
  return fears > 0 ? "projected or feared" : "projected";
}

/** "At risk", or "At risk (projected)", "Rapprochement (feared)" under a projected scenario. */
export function stateLabel(model: GraphModel, scenarioId: string, state: TieState, tie?: number): string {
  return `${baseLabel(model, state)}${qualifier[stateModality(model, scenarioId, state, tie)]}`;
}

/** The same, in running text: "at risk (projected)". */
export const stateInSentence = (model: GraphModel, scenarioId: string, state: TieState, tie?: number): string =>
  stateLabel(model, scenarioId, state, tie).toLowerCase();

/** A scenario's name as a heading or caption gives it: "Trump (projected)". */
export function scenarioName(model: GraphModel, scenarioId: string): string {
  const label = scenarioLabel(model, scenarioId);
  return isProjected(model, scenarioId) ? `${label} (projected)` : label;
}
