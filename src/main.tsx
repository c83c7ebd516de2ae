import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { allowedDataOrigins, maxDatasetBytes } from "./data/datasetLimits";
import type { DatasetProblem } from "./data/datasetProblem";
import { fetchDataset } from "./data/fetchDataset";
import { validateInEngine } from "./data/validateInEngine";
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
    const loaded = await fetchDataset(params.data, {
      base: location.href,
      allowedOrigins: allowedDataOrigins,
      maxBytes: maxDatasetBytes,
      validate: validateInEngine,
    });
    if (loaded.ok) dataset = loaded.dataset;
    else problem = loaded.problem;
  }
  const model = buildGraphModel(dataset);
  const store = createAppStore(model, resolveReaderState(params, model));
  if (problem) reportProblem(store, problem);
  document.documentElement.classList.toggle("is-embed", params.embed);
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App store={store} embed={params.embed} />
    </StrictMode>,
  );
}

void start();
