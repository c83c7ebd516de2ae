import { useState, type DragEvent } from "react";
import type { AppStore } from "../state/appStore";
import { droppedFiles } from "./droppedFiles";
import { focusAfterOpen } from "./focusAfterOpen";
import { openDatasetFiles } from "./openDatasetFiles";

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes("Files");

/** Drag and drop of a dataset (a JSON file, CSV files or their folder) onto the graphic, with a flag to show that it will be taken. */
export function useFileDrop(store: AppStore, enabled: boolean) {
  const [over, setOver] = useState(false);
  if (!enabled) return { over: false, handlers: {} };
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        void droppedFiles(event.dataTransfer)
          .then((files) => openDatasetFiles(store, files))
          .then(() => focusAfterOpen(store));
      },
    },
  };
}
