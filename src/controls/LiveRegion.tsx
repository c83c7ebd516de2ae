import { useStore } from "zustand";
import { resolveSelection } from "../model/resolveSelection";
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
  const selected = resolveSelection(model, selection);
  if (selected?.kind === "tie") {
    const t = selected.index;
    const tie = model.ties[t];
    if (tie) {
      const state = tie.status[scenario] ?? "absent";
      message = `Selected tie: ${tieName(model, t)}, ${tie.kind}, ${stateInSentence(model, scenario, state, t)}. ${countOf(tie.quotes.length, "quote")} in the details panel.`;
    }
  } else if (selected?.kind === "node") {
    const i = selected.index;
    const node = model.nodes[i];
    if (node) {
      message = `Selected: ${node.label}, ${roleWords(model.dataset, node.role).label.toLowerCase()}, ${countOf(model.tiesOfNode[i]?.length ?? 0, "tie")} listed in the details panel.`;
    }
  } else if (!selection) {
    message = "Selection cleared.";
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
