import { renderToString } from "react-dom/server";
import { App } from "../app/App";
import { buildGraphModel } from "../model/graphModel";
import type { Dataset } from "../model/schema";
import { createAppStore } from "../state/appStore";
import { resolveReaderState } from "../state/urlState";
import { TieRows } from "../table/TieRows";
import { PrerenderContext } from "./PrerenderContext";
import { PublishedContext } from "./PublishedContext";
import { framePage } from "./inlinedIds";
import type { PresetLayout } from "./publishedLayouts";

/**
 * The page's first picture, rendered in Node at publish time from the app's own components, in
 * the dataset's default state: what the reader sees before (or without) any script. Nothing here
 * reads a window, a media query, the time or the DOM.
 */
export function prerenderPage(dataset: Dataset, presets: readonly PresetLayout[], embed: boolean): string {
  const model = buildGraphModel(dataset);
  const store = createAppStore(model, resolveReaderState({}, model));
  return renderToString(
    <PrerenderContext value={{ TieRows }}>
      <PublishedContext value={{ dataset, presets, initialSize: null, framePage: framePage }}>
        <App store={store} embed={embed} />
      </PublishedContext>
    </PrerenderContext>,
  );
}
