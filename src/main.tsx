import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./extras/shareReact";
import { App } from "./app/App";
import { allowedDataOrigins, maxDatasetBytes } from "./data/datasetLimits";
import { refused, type DatasetProblem } from "./data/datasetProblem";
import { validateInEngine } from "./data/validateInEngine";
import { loadExtras } from "./extras/loadExtras";
import { warmEngine } from "./worker/engineClient";
import { buildGraphModel } from "./model/graphModel";
import type { Dataset } from "./model/schema";
import { shippedDataset } from "./model/shippedDataset";
import { createAppStore, reportProblem } from "./state/appStore";
import { parseUrlParams, resolveReaderState } from "./state/urlState";
import "./styles/app.css";

async function start() {
  warmEngine();
  const params = parseUrlParams(location.search);
  let dataset: Dataset = shippedDataset;
  let problem: DatasetProblem | null = null;
  if (params.data) {
    const loaded = await loadExtras().then(
      ({ fetchDataset }) =>
        fetchDataset(params.data!, {
          base: location.href,
          allowedOrigins: allowedDataOrigins,
          maxBytes: maxDatasetBytes,
          validate: validateInEngine,
        }),
      () =>
        refused(
          "The dataset in the address could not be used",
          "the code that loads datasets could not be loaded; reload the page",
          "data",
        ),
    );
    if (loaded.ok) dataset = loaded.dataset;
    else problem = loaded.problem;
  }
  const model = buildGraphModel(dataset);
  const store = createAppStore(model, resolveReaderState(params, model));
  if (problem) reportProblem(store, problem);
  document.documentElement.classList.toggle("is-embed", params.embed);
  const root = document.getElementById("root");
  if (!root) return;
  // A transition lets React render the first picture in slices, yielding to the browser between
  // them, rather than in one long task that holds the reader's page (or the article around an embed).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} embed={params.embed} />
      </StrictMode>,
    ),
  );
}

void start();
