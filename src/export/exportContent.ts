import type { GraphModel } from "../model/graphModel";
import type { Target } from "../model/neighbourhood";
import { sourceCredit } from "../model/sourceCredit";
import { scenarioName, stateInSentence, stateLabel } from "../model/stateWording";
import { tieName } from "../model/tieName";
import { viewDescription } from "../model/viewDescription";
import { nodeRoles, tieStates, viewLabels, type NodeKind, type NodeRole, type TieState, type View } from "../model/vocabulary";
import { roleWords } from "../model/legendWords";
import { countOf } from "../model/countOf";

/** A stretch of text in one weight. */
export type TextRun = { text: string; bold: boolean };

export type LegendEntry =
  { type: "role"; role: NodeRole; kind: NodeKind; label: string } | { type: "state"; state: TieState; label: string };

/** The words around an exported picture: it has to stand on its own, away from the page. */
export type ExportContent = {
  title: string;
  caption: TextRun[];
  /** Rows of the key: the node roles shown, then the tie states drawn in this scenario. */
  legend: LegendEntry[][];
  credit: string;
};

const bold = (text: string): TextRun => ({ text, bold: true });
const plain = (text: string): TextRun => ({ text, bold: false });

function highlight(model: GraphModel, scenario: string, selected: Target): TextRun[] {
  if (selected.kind === "node") {
    const count = model.tiesOfNode[selected.index]!.length;
    return [bold("Highlighted:"), plain(` ${model.nodes[selected.index]!.label} and its ${countOf(count, "tie")}.`)];
  }
  const tie = model.ties[selected.index]!;
  const state = stateInSentence(model, scenario, tie.status[scenario] ?? "absent", selected.index);
  return [bold("Highlighted:"), plain(` ${tieName(model, selected.index)} (${tie.kind}), ${state}.`)];
}

export function exportContent(model: GraphModel, view: View, scenarioId: string, selected: Target | null): ExportContent {
  const { dataset } = model;
  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  const caption = [bold(`${viewLabels[view]}.`), plain(` ${viewDescription(dataset, view)}`)];
  if (scenario) caption.push(bold(` ${scenarioName(model, scenario.id)}.`), plain(` ${scenario.description}`));
  if (selected) caption.push(plain(" "), ...highlight(model, scenarioId, selected));

  const roles: LegendEntry[] = nodeRoles
    .filter((role) => model.nodes.some((node) => node.role === role))
    .map((role) => ({ type: "role", role, kind: "country", label: roleWords(model.dataset, role).label }));
  if (model.nodes.some((node) => node.kind === "organization"))
    roles.push({ type: "role", role: "partner", kind: "organization", label: "Organization" });
  const drawn = new Set(model.ties.map((tie) => tie.status[scenarioId]));
  const states: LegendEntry[] = tieStates
    .filter((state) => state !== "absent" && drawn.has(state))
    .map((state) => ({ type: "state", state, label: stateLabel(model, scenarioId, state) }));

  return { title: dataset.meta.title, caption, legend: [roles, states].filter((row) => row.length > 0), credit: sourceCredit(dataset) };
}
