import type { GraphModel } from "../model/graphModel";
import type { Step } from "../model/schema";
import type { View } from "../model/vocabulary";
import type { Selection } from "./appState";

/** Everything a story step shows, with nothing left to what was on screen before. */
export type StepState = {
  step: string;
  view: View;
  scenario: string;
  selection: Selection;
  highlight: { nodes: string[]; ties: string[] };
  without: string[];
  compare: [string, string] | null;
  annotations: { target: string; text: string }[];
};

/**
 * A step as a complete state: what the step leaves out is the dataset's default. Applying the
 * result replaces the whole picture, so a skipped step, a jump or a late event cannot leave part of
 * another step showing. Ids the model does not know are dropped (validation has refused them).
 */
export function stepState(model: GraphModel, step: Step): StepState {
  const { defaults } = model.dataset;
  const scenarioIds = new Set(model.scenarios.map((scenario) => scenario.id));
  const node = (id: string) => model.nodeIndex.has(id);
  const tie = (id: string) => model.tieIndex.has(id);
  let selection: Selection = null;
  if (step.select && "tie" in step.select && tie(step.select.tie)) selection = { kind: "tie", id: step.select.tie };
  else if (step.select && "node" in step.select && node(step.select.node)) selection = { kind: "node", id: step.select.node };
  const compare =
    step.compare && step.compare.every((id) => scenarioIds.has(id)) && step.compare[0] !== step.compare[1] ? step.compare : null;
  return {
    step: step.id,
    view: step.view ?? defaults.view,
    scenario: step.scenario && scenarioIds.has(step.scenario) ? step.scenario : defaults.scenario,
    selection,
    highlight: { nodes: (step.highlight?.nodes ?? []).filter(node), ties: (step.highlight?.ties ?? []).filter(tie) },
    without: (step.without ?? []).filter(node),
    compare: compare ? [compare[0], compare[1]] : null,
    annotations: (step.annotations ?? [])
      .filter((note) => node(note.target) || tie(note.target))
      .map(({ target, text }) => ({ target, text })),
  };
}
