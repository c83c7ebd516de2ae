import { createStore, type StoreApi } from "zustand/vanilla";
import type { GraphModel } from "../model/graphModel";
import type { DatasetProblem } from "../data/datasetProblem";
import type { View } from "../model/vocabulary";
import type { ReaderState, Selection } from "./appState";

export type AppState = ReaderState & {
  model: GraphModel;
  /** Why the last dataset the reader asked for was refused; the graphic shown stays as it was. */
  problem: DatasetProblem | null;
  /** The graphic shown before the last dataset was loaded, to go back to if that one fails to draw. */
  previous: (ReaderState & { model: GraphModel }) | null;
};

export type AppStore = StoreApi<AppState>;

/** A store per graphic (and per test), as reagraph does: no module-level singleton. */
export function createAppStore(model: GraphModel, reader: ReaderState): AppStore {
  return createStore<AppState>()(() => ({ ...reader, model, problem: null, previous: null }));
}

export const setView = (store: AppStore, view: View) => store.setState({ view });

export const setScenario = (store: AppStore, scenario: string) => {
  if (store.getState().model.scenarios.some((s) => s.id === scenario)) store.setState({ scenario });
};

export const select = (store: AppStore, selection: Selection) => store.setState({ selection });

/** A new dataset replaces the old one whole: selection and scenario start from its defaults. */
export const loadModel = (store: AppStore, model: GraphModel) => {
  const { view, scenario, selection, theme, model: shown } = store.getState();
  store.setState({
    model,
    problem: null,
    selection: null,
    view: model.dataset.defaults.view,
    scenario: model.dataset.defaults.scenario,
    previous: { model: shown, view, scenario, selection, theme },
  });
};

/** Puts back the graphic shown before the last load, saying why: refusal without loss. */
export const revertModel = (store: AppStore, problem: DatasetProblem) => {
  const { previous } = store.getState();
  if (previous) store.setState({ ...previous, previous: null, problem });
  else store.setState({ problem });
};

export const reportProblem = (store: AppStore, problem: DatasetProblem | null) => store.setState({ problem });
