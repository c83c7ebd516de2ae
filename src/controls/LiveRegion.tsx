import { useStore } from "zustand";
import { tieName } from "../model/tieName";
import { stateInSentence } from "../model/stateWording";
import { roleWords } from "../model/legendWords";
import type { AppStore } from "../state/appStore";
import { countOf } from "../model/countOf";

/** Says each selection aloud (politely): what a sighted reader sees the panel change to. */
export function LiveRegion({ store }: { store: AppStore }) {
  const model = useStore(store, (s) => s.model);
  const selection = useStore(store, (s) => s.selection);
  const scenario = useStore(store, (s) => s.scenario);
  let message = "";
  if (selection?.kind === "tie") {
    const t = model.tieIndex.get(selection.id);
    if (t !== undefined) {
      const tie = model.ties[t]!;
      const state = tie.status[scenario] ?? "absent";
      message = `Selected tie: ${tieName(model, t)}, ${tie.kind}, ${stateInSentence(model, scenario, state, t)}. ${countOf(tie.quotes.length, "quote")} in the details panel.`;
    }
  } else if (selection?.kind === "node") {
    const i = model.nodeIndex.get(selection.id);
    if (i !== undefined) {
      const node = model.nodes[i]!;
      message = `Selected: ${node.label}, ${roleWords(model.dataset, node.role).label.toLowerCase()}, ${countOf(model.tiesOfNode[i]!.length, "tie")} listed in the details panel.`;
    }
  } else {
    message = "Selection cleared.";
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
