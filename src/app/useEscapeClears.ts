import { useEffect } from "react";
import { select, type AppStore } from "../state/appStore";

/** Escape clears the selection from anywhere, unless something else (a dialog) took the key first. */
export function useEscapeClears(store: AppStore) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || !store.getState().selection) return;
      select(store, null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [store]);
}
