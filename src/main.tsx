import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./extras/shareReact";
import { App } from "./app/App";
import { loadAddressDataset } from "./app/loadAddressDataset";
import { measurePrerendered } from "./app/measurePrerendered";
import { readPublished } from "./app/readPublished";
import type { DatasetProblem } from "./data/datasetProblem";
import { buildGraphModel } from "./model/graphModel";
import { framePage } from "./publish/inlinedIds";
import { PublishedContext, type Published } from "./publish/PublishedContext";
import { createAppStore, reportProblem } from "./state/appStore";
import { parseUrlParams, resolveReaderState } from "./state/urlState";
import "./styles/app.css";

async function start() {
  const root = document.getElementById("root");
  const inlined = readPublished(document);
  if (!root || !inlined) return;
  const params = parseUrlParams(location.search);
  let dataset = inlined.dataset;
  let problem: DatasetProblem | null = null;
  if (params.data) {
    const loaded = await loadAddressDataset(params.data);
    if (loaded.ok) dataset = loaded.dataset;
    else problem = loaded.problem;
  }
  const model = buildGraphModel(dataset);
  const store = createAppStore(model, resolveReaderState(params, model));
  if (problem) reportProblem(store, problem);
  document.documentElement.classList.toggle("is-embed", params.embed);
  // A published folder (its layouts inlined) also has its embed page prerendered; the dev server's has not.
  const published: Published = {
    ...inlined,
    initialSize: measurePrerendered(root),
    framePage: inlined.presets.length > 0 ? framePage : null,
  };
  // The live graphic replaces the prerendered one in one commit (createRoot clears the container),
  // drawn at the size the prerendered box has: no hydration to match, and nothing shifts.
  // A transition lets React render it in slices, yielding to the browser between them, rather than
  // in one long task that holds the reader's page (or the article around an embed).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <PublishedContext value={published}>
          <App store={store} embed={params.embed} />
        </PublishedContext>
      </StrictMode>,
    ),
  );
}

void start();
