import { useStore } from "zustand";
import { viewLabels, views } from "../model/vocabulary";
import { setScenario, setView, type AppStore } from "../state/appStore";
import { RadioGroup } from "./RadioGroup";

export function Controls({ store }: { store: AppStore }) {
  const view = useStore(store, (s) => s.view);
  const scenario = useStore(store, (s) => s.scenario);
  const scenarios = useStore(store, (s) => s.model.scenarios);
  return (
    <div className="controls">
      <RadioGroup
        name="view"
        label="View"
        options={views.map((v) => ({ value: v, label: viewLabels[v] }))}
        value={view}
        onChange={(v) => setView(store, v)}
      />
      <RadioGroup
        name="scenario"
        label="Scenario"
        options={scenarios.map((s) => ({ value: s.id, label: s.label }))}
        value={scenario}
        onChange={(s) => setScenario(store, s)}
      />
    </div>
  );
}
