import type { Dataset } from "./schema";
import { nodeRoleInfo, tieStateInfo, type NodeRole, type TieState } from "./vocabulary";

export type LegendWords = { label: string; description: string };

/** A state's label and description in the key: the dataset's own words where it gives them. */
export function stateWords(dataset: Pick<Dataset, "legend">, state: TieState): LegendWords {
  const own = dataset.legend?.states?.[state];
  const base = tieStateInfo[state];
  return { label: own?.label ?? base.label, description: own?.description ?? base.description };
}

/** A role's label and description in the key: the dataset's own words where it gives them. */
export function roleWords(dataset: Pick<Dataset, "legend">, role: NodeRole): LegendWords {
  const own = dataset.legend?.roles?.[role];
  const base = nodeRoleInfo[role];
  return { label: own?.label ?? base.label, description: own?.description ?? base.description };
}
