import { render } from "@testing-library/react";
import { App } from "../../src/app/App";
import { LayoutEngineContext, type LayoutEngine } from "../../src/graph/layoutEngine";
import { latticeLayout } from "../../src/layout/latticeLayout";
import { buildGraphModel } from "../../src/model/graphModel";
import { PublishedContext, type Published } from "../../src/publish/PublishedContext";
import type { Dataset } from "../../src/model/schema";
import { createAppStore } from "../../src/state/appStore";
import { parseUrlParams, resolveReaderState } from "../../src/state/urlState";
import { riverBasin } from "./fixtures";

/** Lays the lattice out in place, so component tests need no worker. */
export const inPlaceEngine: LayoutEngine = { lattice: async (model, size, metrics) => latticeLayout(model, size, metrics) };

/** The app on a fresh store, as a URL would start it (on a published page, given `published`). */
export function renderApp(search = "", dataset: Dataset = riverBasin(), published: Published | null = null) {
  const model = buildGraphModel(dataset);
  const params = parseUrlParams(search);
  const store = createAppStore(model, resolveReaderState(params, model));
  const view = render(
    <PublishedContext value={published}>
      <LayoutEngineContext value={inPlaceEngine}>
        <App store={store} embed={params.embed} />
      </LayoutEngineContext>
    </PublishedContext>,
  );
  return { store, model, ...view };
}
