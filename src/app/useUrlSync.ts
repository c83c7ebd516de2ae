import { useEffect } from "react";
import { formatUrlState } from "../state/urlState";
import type { AppStore } from "../state/appStore";

/** Keeps the address bar in step with the reader's choices, without adding history entries. */
export function useUrlSync(store: AppStore) {
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (
          state.view === prev.view &&
          state.scenario === prev.scenario &&
          state.selection === prev.selection &&
          state.theme === prev.theme
        )
          return;
        const search = formatUrlState(state, state.model, location.search);
        if (search === location.search) return;
        try {
          history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
        } catch {
          // A sandboxed or about:srcdoc document may refuse; the state still works, unshared.
        }
      }),
    [store],
  );
}
