import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./extras/shareReact";
import { App } from "./app/App";
import { LoadingFrame } from "./app/LoadingFrame";
import { afterFirstFrame } from "./app/afterFirstFrame";
import { measurePrerendered } from "./app/measurePrerendered";
import { readPublished } from "./app/readPublished";
import { addressDataset } from "./data/addressDataset";
import { buildGraphModel } from "./model/graphModel";
import { datasetScriptId, framePage, layoutsScriptId } from "./publish/inlinedIds";
import { PublishedContext, type Published } from "./publish/PublishedContext";
import { RevealOnCommit } from "./publish/RevealOnCommit";
import { createAppStore, reportProblem } from "./state/appStore";
import { parseUrlParams, resolveReaderState } from "./state/urlState";
import { warmEngine } from "./worker/engineClient";
import "./styles/app.css";

async function start() {
  const element = document.getElementById("root");
  const inlined = readPublished(document);
  if (!element || !inlined) return;
  // Read once, then taken out: the JSON is not the page's text (its textContent, find in page),
  // least of all once the reader has opened a dataset of their own.
  for (const id of [datasetScriptId, layoutsScriptId]) document.getElementById(id)?.remove();
  const params = parseUrlParams(location.search);
  document.documentElement.classList.toggle("is-embed", params.embed);
  // The prerendered picture is painted first: measuring it before the page has been laid out
  // would force that whole first layout into this script's task (the longest of the load).
  await afterFirstFrame();
  // Read before anything replaces the prerendered picture: the live graph takes over its box.
  const initialSize = measurePrerendered(element);
  const root = createRoot(element);
  if (params.data !== undefined) {
    // Only a dataset the reader brings needs the engine (validation, layout); the published one
    // carries its layouts. The frame and a status at once: that dataset may take until its deadline.
    warmEngine();
    root.render(
      <RevealOnCommit>
        <LoadingFrame embed={params.embed} />
      </RevealOnCommit>,
    );
  }
  const { dataset, problem } = await addressDataset(params, inlined.dataset);
  const model = buildGraphModel(dataset);
  const store = createAppStore(model, resolveReaderState(params, model));
  if (problem) reportProblem(store, problem);
  // A published folder (its layouts inlined) also has its embed page prerendered; the dev server's has not.
  const published: Published = {
    ...inlined,
    initialSize,
    framePage: inlined.presets.length > 0 ? framePage : null,
  };
  // The live graphic replaces the prerendered one, drawn at the size the prerendered box has:
  // no hydration to match, and nothing shifts. A transition lets React render it in slices,
  // yielding to the browser between them, rather than in one long task that holds the reader's
  // page (or the article around an embed).
  startTransition(() =>
    root.render(
      <StrictMode>
        <PublishedContext value={published}>
          <RevealOnCommit>
            <App store={store} embed={params.embed} />
          </RevealOnCommit>
        </PublishedContext>
      </StrictMode>,
    ),
  );
}

void start();
