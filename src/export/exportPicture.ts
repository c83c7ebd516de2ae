import type { GraphPicture } from "../graph/paintGraph";
import type { SceneSnapshot } from "../graph/sceneSnapshot";
import type { Target } from "../model/neighbourhood";
import type { Selection } from "../state/appState";

/** The snapshot with the reader's selection resolved to an index, as the painters take it. */
export function exportPicture(snapshot: SceneSnapshot, selection: Selection): GraphPicture {
  const { model } = snapshot;
  const index = selection ? (selection.kind === "tie" ? model.tieIndex : model.nodeIndex).get(selection.id) : undefined;
  const selected: Target | null = selection && index !== undefined ? { kind: selection.kind, index } : null;
  return { ...snapshot, selected };
}
