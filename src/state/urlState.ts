import type { GraphModel } from "../model/graphModel";
import { views, type View } from "../model/vocabulary";
import { maxDataAddressLength } from "../data/tooLongMessage";
import { themes, type ReaderState, type Selection, type Theme } from "./appState";

/** The URL's parameters as read, each either a known value or absent: never an exception. */
export type UrlParams = {
  view?: View;
  scenario?: string;
  tie?: string;
  node?: string;
  theme?: Theme;
  embed: boolean;
  data?: string;
  /** The length of a `?data=` too long to use: refused with an alert, not dropped in silence. */
  dataTooLong?: number;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
const slug = (value: string | null) => (value !== null && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value) ? value : undefined);

export function parseUrlParams(search: string): UrlParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const out: UrlParams = { embed: params.get("embed") === "1" };
  const view = oneOf(views, params.get("view"));
  const theme = oneOf(themes, params.get("theme"));
  const scenario = slug(params.get("scenario"));
  const tie = slug(params.get("tie"));
  const node = slug(params.get("node"));
  const data = params.get("data");
  if (view) out.view = view;
  if (theme) out.theme = theme;
  if (scenario) out.scenario = scenario;
  if (tie) out.tie = tie;
  if (node) out.node = node;
  if (data && data.length <= maxDataAddressLength) out.data = data;
  else if (data) out.dataTooLong = data.length;
  return out;
}

/** Fills what the URL leaves out, or names wrongly, from the dataset's defaults. */
export function resolveReaderState(params: Omit<UrlParams, "embed" | "data" | "dataTooLong">, model: GraphModel): ReaderState {
  const { defaults } = model.dataset;
  const scenario = params.scenario && model.scenarios.some((s) => s.id === params.scenario) ? params.scenario : defaults.scenario;
  let selection: Selection = null;
  if (params.tie && model.tieIndex.has(params.tie)) selection = { kind: "tie", id: params.tie };
  else if (params.node && model.nodeIndex.has(params.node)) selection = { kind: "node", id: params.node };
  return { view: params.view ?? defaults.view, scenario, selection, theme: params.theme ?? "auto" };
}

/**
 * The query string for a state, keeping the parameters that are not the reader's (embed, data)
 * and leaving out what equals the default, so shared links stay short.
 */
export function formatUrlState(state: ReaderState, model: GraphModel, current: string): string {
  const params = new URLSearchParams(current);
  for (const key of ["view", "scenario", "tie", "node", "theme"]) params.delete(key);
  const { defaults } = model.dataset;
  if (state.view !== defaults.view) params.set("view", state.view);
  if (state.scenario !== defaults.scenario) params.set("scenario", state.scenario);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.theme !== "auto") params.set("theme", state.theme);
  const text = params.toString();
  return text ? `?${text}` : "";
}
