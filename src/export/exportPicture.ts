import type { GraphPicture } from "../graph/paintGraph";
import type { SceneSnapshot } from "../graph/sceneSnapshot";
import { resolveSelection } from "../model/resolveSelection";
import type { Selection } from "../state/appState";

/** The snapshot with the reader's selection resolved to an index, as the painters take it. */
export function exportPicture(snapshot: SceneSnapshot, selection: Selection): GraphPicture {
  return { ...snapshot, selected: resolveSelection(snapshot.model, selection) };
}
