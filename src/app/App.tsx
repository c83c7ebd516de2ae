import { useRef } from "react";
import { useStore } from "zustand";
import { Caption } from "../controls/Caption";
import { Controls } from "../controls/Controls";
import { DownloadCsv } from "../controls/DownloadCsv";
import { LiveRegion } from "../controls/LiveRegion";
import { OpenDataset } from "../controls/OpenDataset";
import { useFileDrop } from "../controls/useFileDrop";
import { EmbedButton } from "../embed/EmbedButton";
import { useEmbedBridge } from "../embed/useEmbedBridge";
import { ExportButtons } from "../export/ExportButtons";
import { Graph } from "../graph/Graph";
import type { GraphHandle } from "../graph/sceneSnapshot";
import { DetailsPanel } from "../panel/DetailsPanel";
import { Legend } from "../panel/Legend";
import { SourceCredit } from "../panel/SourceCredit";
import { revertModel, type AppStore } from "../state/appStore";
import { TieTable } from "../table/TieTable";
import { DatasetAlert } from "./DatasetAlert";
import { useDocumentTitle } from "./useDocumentTitle";
import { GraphicBoundary } from "./GraphicBoundary";
import { useEscapeClears } from "./useEscapeClears";
import { useTheme } from "./useTheme";
import { useUrlSync } from "./useUrlSync";

type Props = { store: AppStore; embed: boolean };

export function App({ store, embed }: Props) {
  const model = useStore(store, (s) => s.model);
  const scenario = useStore(store, (s) => s.scenario);
  const selected = useStore(store, (s) => s.selection !== null);
  const graph = useRef<GraphHandle>(null);
  const drop = useFileDrop(store, !embed);
  useUrlSync(store);
  useTheme(store);
  useEscapeClears(store);
  useEmbedBridge(store);
  useDocumentTitle(model.dataset);
  const { meta } = model.dataset;
  return (
    <div className={`app${embed ? " app--embed" : ""}`}>
      <main className="graphic">
        <header className="graphic__head">
          {!embed && <p className="brand">Latticework</p>}
          <h1 className="graphic__title">{meta.title}</h1>
        </header>
        <DatasetAlert store={store} />
        <Controls store={store} />
        <GraphicBoundary
          resetKey={model}
          onError={(error) =>
            revertModel(store, { title: "This dataset could not be drawn", errors: [{ path: "(root)", message: error.message }] })
          }
        >
          <div className={`graphic__body${drop.over ? " is-dropping" : ""}`} {...drop.handlers}>
            <Graph store={store} caption={<Caption store={store} />} ref={graph} />
            <DetailsPanel store={store} />
          </div>
        </GraphicBoundary>
        {/* On paper the key goes with a selection's details, which on screen leave it to the overview. */}
        {selected && (
          <div className="print-key">
            <Legend model={model} scenario={scenario} />
          </div>
        )}
        <footer className="graphic__foot">
          <SourceCredit dataset={model.dataset} />
          <div className="tools" role="group" aria-label="Tools">
            {!embed && <EmbedButton store={store} />}
            <ExportButtons store={store} graph={graph} />
            {!embed && <OpenDataset store={store} />}
            {!embed && <DownloadCsv store={store} />}
          </div>
        </footer>
        <TieTable store={store} />
      </main>
      <LiveRegion store={store} />
    </div>
  );
}
