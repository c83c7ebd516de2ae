import { useStore } from "zustand";
import { viewLabels } from "../model/vocabulary";
import type { AppStore } from "../state/appStore";

const defaultViewText = {
  hub: "The hub at the centre, each ally tied to it by a spoke of its own; the spokes do not touch.",
  lattice: "Every tie drawn: the allies and partners tied to one another as well as to the hub.",
};

/** What the current view and scenario mean, in the dataset's words where it has them. */
export function Caption({ store }: { store: AppStore }) {
  const view = useStore(store, (s) => s.view);
  const scenarioId = useStore(store, (s) => s.scenario);
  const model = useStore(store, (s) => s.model);
  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  const viewText = model.dataset.meta.views?.[view]?.description ?? defaultViewText[view];
  return (
    <p className="caption" id="graph-caption">
      <strong>{viewLabels[view]}.</strong> {viewText}{" "}
      {scenario && (
        <>
          <strong>{scenario.label}.</strong> {scenario.description}
        </>
      )}
    </p>
  );
}
