import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./extras/shareReact";
import { App } from "./app/App";
import { LoadingFrame } from "./app/LoadingFrame";
import { measurePrerendered } from "./app/measurePrerendered";
import { readPublished } from "./app/readPublished";
import { addressDataset } from "./data/addressDataset";
import { buildGraphModel } from "./model/graphModel";
import { framePage } from "./publish/inlinedIds";
import { PublishedContext, type Published } from "./publish/PublishedContext";
import { createAppStore, reportProblem } from "./state/appStore";
import { parseUrlParams, resolveReaderState } from "./state/urlState";
import { warmEngine } from "./worker/engineClient";
import "./styles/app.css";

async function start() {
  const element = document.getElementById("root");
  const inlined = readPublished(document);
  if (!element || !inlined) return;
  const params = parseUrlParams(location.search);
  document.documentElement.classList.toggle("is-embed", params.embed);
  // Read before anything replaces the prerendered picture: the live graph takes over its box.
  const initialSize = measurePrerendered(element);
  const root = createRoot(element);
  if (params.data !== undefined) {
    // Only a dataset the reader brings needs the engine (validation, layout); the published one
    // carries its layouts. The frame and a status at once: that dataset may take until its deadline.
    warmEngine();
    root.render(<LoadingFrame embed={params.embed} />);
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
          <App store={store} embed={params.embed} />
        </PublishedContext>
      </StrictMode>,
    ),
  );
}

void start();
