import { useStore } from "zustand";
import { scenarioName } from "../model/stateWording";
import { viewDescription } from "../model/viewDescription";
import { viewLabels } from "../model/vocabulary";
import type { AppStore } from "../state/appStore";

/** What the current view and scenario mean, in the dataset's words where it has them. */
export function Caption({ store }: { store: AppStore }) {
  const view = useStore(store, (s) => s.view);
  const scenarioId = useStore(store, (s) => s.scenario);
  const model = useStore(store, (s) => s.model);
  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  const viewText = viewDescription(model.dataset, view);
  return (
    <p className="caption" id="graph-caption">
      <strong>{viewLabels[view]}.</strong> {viewText}{" "}
      {scenario && (
        <>
          <strong>{scenarioName(model, scenario.id)}.</strong> {scenario.description}
        </>
      )}
    </p>
  );
}
