import { useState, type RefObject } from "react";
import type { GraphHandle, SceneSnapshot } from "../graph/sceneSnapshot";
import type { Selection } from "../state/appState";
import type { AppStore } from "../state/appStore";
import { downloadPermission } from "./downloadPermission";
import { fullViewUrl, saveFile } from "./saveFile";
import "./export.css";

import type { ExportFormat } from "./exportFormat";

/** Makes the file: the app hands in the extras script's exporter, loaded on first use. */
export type MakeFile = (format: ExportFormat, snapshot: SceneSnapshot, selection: Selection) => Promise<{ blob: Blob; name: string }>;

type Props = { store: AppStore; graph: RefObject<GraphHandle | null>; makeFile: MakeFile };
type Notice = { text: string; link?: string };
type Format = ExportFormat;

async function exportAndSave(format: Format, store: AppStore, graph: GraphHandle | null, makeFile: MakeFile): Promise<Notice> {
  const snapshot = graph?.snapshot();
  if (!snapshot) return { text: "The graphic is still being drawn: try again in a moment." };
  const { blob, name } = await makeFile(format, snapshot, store.getState().selection);
  const link = () => fullViewUrl(store.getState(), store.getState().model);
  // "Saved" only where the browser will save it: in a frame whose sandbox forbids downloads,
  // Chromium drops the file without a word, so the notice must say so and offer the way out.
  const permission = downloadPermission();
  if (permission === "blocked")
    return { text: `This embedded view is not allowed to save files, so ${name} was not saved: `, link: link() };
  saveFile(blob, name);
  if (permission === "unknown") return { text: `Downloads may be blocked in this embedded view. If ${name} was not saved, `, link: link() };
  return { text: `Saved ${name}` };
}

/** Download PNG and Download SVG: the graphic as it stands, as a picture that stands on its own. */
export function ExportButtons({ store, graph, makeFile }: Props) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const save = (format: Format) => {
    exportAndSave(format, store, graph.current, makeFile).then(setNotice, (error: unknown) =>
      setNotice({ text: `Could not make the ${format.toUpperCase()}: ${error instanceof Error ? error.message : "unknown error"}.` }),
    );
  };
  return (
    <>
      <button type="button" className="button" onClick={() => save("png")}>
        Download PNG
      </button>
      <button type="button" className="button" onClick={() => save("svg")}>
        Download SVG
      </button>
      <p className="export-notice" aria-live="polite">
        {notice?.text}
        {notice?.link && (
          <a href={notice.link} target="_blank" rel="noopener noreferrer">
            open the graphic in its own page
          </a>
        )}
        {notice?.link && "."}
      </p>
    </>
  );
}
