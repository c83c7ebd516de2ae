import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./extras/shareReact";
import { App } from "./app/App";
import { LoadingFrame } from "./app/LoadingFrame";
import { addressDataset } from "./data/addressDataset";
import { warmEngine } from "./worker/engineClient";
import { buildGraphModel } from "./model/graphModel";
import { createAppStore, reportProblem } from "./state/appStore";
import { parseUrlParams, resolveReaderState } from "./state/urlState";
import "./styles/app.css";

async function start() {
  warmEngine();
  const params = parseUrlParams(location.search);
  document.documentElement.classList.toggle("is-embed", params.embed);
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  // The frame and a status at once: a dataset in the address may take until its deadline.
  if (params.data !== undefined) root.render(<LoadingFrame embed={params.embed} />);
  const { dataset, problem } = await addressDataset(params);
  const model = buildGraphModel(dataset);
  const store = createAppStore(model, resolveReaderState(params, model));
  if (problem) reportProblem(store, problem);
  // A transition lets React render the first picture in slices, yielding to the browser between
  // them, rather than in one long task that holds the reader's page (or the article around an embed).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App store={store} embed={params.embed} />
      </StrictMode>,
    ),
  );
}

void start();
