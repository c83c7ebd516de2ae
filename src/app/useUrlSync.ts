import { useEffect } from "react";
import { morphDuration } from "../state/morphDuration";
import { formatUrlState } from "../state/urlState";
import type { AppState, AppStore } from "../state/appStore";

/**
 * How long the address waits for the reader's choices to settle: past the morph a toggle starts.
 * Each rewrite is a navigation the browser commits, and Chromium's browser process spends about
 * 15 ms on one, then fetches the page's icon again; on a phone's two cores that competes with the
 * morph's frames. So the address is written once the picture is still, and once for a run of
 * quick toggles.
 */
export const urlWriteDelay = morphDuration + 200;

const write = (search: string) => {
  if (search === location.search) return;
  try {
    history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  } catch {
    // A sandboxed or about:srcdoc document may refuse; the state still works, unshared.
  }
};

/** Keeps the address bar in step with the reader's choices, without adding history entries. */
export function useUrlSync(store: AppStore) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The state to write, not its query string: the click that changes it has nothing else to do.
    let pending: AppState | null = null;
    const flush = () => {
      clearTimeout(timer);
      if (pending !== null) write(formatUrlState(pending, pending.model, location.search));
      pending = null;
    };
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.view === prev.view && state.scenario === prev.scenario && state.selection === prev.selection && state.theme === prev.theme)
        return;
      pending = state;
      clearTimeout(timer);
      timer = setTimeout(flush, urlWriteDelay);
    });
    // Leaving the page, or hiding it, writes what is pending: a reload or a shared tab keeps it.
    addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return () => {
      flush();
      unsubscribe();
      removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
    };
  }, [store]);
}
