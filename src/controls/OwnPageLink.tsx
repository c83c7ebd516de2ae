import { useStore } from "zustand";
import { fullViewUrl } from "../export/saveFile";
import type { AppStore } from "../state/appStore";

/**
 * In place of the Download buttons where the embed's sandbox may block downloads (Chromium drops
 * a blocked file without a word): the graphic as it stands, in a reader's page of its own.
 */
export function OwnPageLink({ store }: { store: AppStore }) {
  const state = useStore(store);
  // A page prerendered at publish time has no address yet; the live graphic fills it in.
  const href = typeof location === "undefined" ? undefined : fullViewUrl(state, state.model);
  return (
    <a className="own-page-link" href={href} target="_blank" rel="noopener noreferrer">
      Open in its own page to save a picture
    </a>
  );
}
