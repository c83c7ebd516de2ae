import { readerPageUrl } from "../controls/readerPage";
import { embedUrls } from "../state/embedUrls";
import type { GraphModel } from "../model/graphModel";
import type { ReaderState } from "../state/appState";

/**
 * The graphic in a page of its own, as the reader has it now: built from the state, not read off
 * the address, which catches up with the reader's choices only once the picture is still. A reader's
 * page: whoever follows it from an embed is a reader, not an editor.
 */
export function fullViewUrl(state: ReaderState, model: GraphModel): string {
  return readerPageUrl(embedUrls(location.href, state, model).full);
}

/** Hands a file to the browser to save, through a temporary link. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
