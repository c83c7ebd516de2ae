import { createStore, type StoreApi } from "zustand/vanilla";
import type { GraphModel } from "../model/graphModel";
import type { DatasetProblem } from "../data/datasetProblem";
import type { View } from "../model/vocabulary";
import type { ReaderState, Selection, Theme } from "./appState";

export type AppState = ReaderState & {
  model: GraphModel;
  /** Why the last dataset the reader asked for was refused; the graphic shown stays as it was. */
  problem: DatasetProblem | null;
};

export type AppStore = StoreApi<AppState>;

/** A store per graphic (and per test), as reagraph does: no module-level singleton. */
export function createAppStore(model: GraphModel, reader: ReaderState): AppStore {
  return createStore<AppState>()(() => ({ ...reader, model, problem: null }));
}

export const setView = (store: AppStore, view: View) => store.setState({ view });

export const setScenario = (store: AppStore, scenario: string) => {
  if (store.getState().model.scenarios.some((s) => s.id === scenario)) store.setState({ scenario });
};

export const setTheme = (store: AppStore, theme: Theme) => store.setState({ theme });

export const select = (store: AppStore, selection: Selection) => store.setState({ selection });

/** A new dataset replaces the old one whole: selection and scenario start from its defaults. */
export const loadModel = (store: AppStore, model: GraphModel) =>
  store.setState({
    model,
    problem: null,
    selection: null,
    view: model.dataset.defaults.view,
    scenario: model.dataset.defaults.scenario,
  });

export const reportProblem = (store: AppStore, problem: DatasetProblem | null) => store.setState({ problem });
