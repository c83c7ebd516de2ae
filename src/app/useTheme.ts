import { useEffect } from "react";
import { useStore } from "zustand";
import type { AppStore } from "../state/appStore";

/** Applies the chosen theme to the page; "auto" follows the system's preference as it changes. */
export function useTheme(store: AppStore) {
  const theme = useStore(store, (s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme !== "auto" || typeof matchMedia !== "function") {
      root.dataset.theme = theme === "auto" ? "light" : theme;
      return;
    }
    const query = matchMedia("(prefers-color-scheme: dark)");
    const apply = () => (root.dataset.theme = query.matches ? "dark" : "light");
    apply();
    query.addEventListener("change", apply);
    return () => query.removeEventListener("change", apply);
  }, [theme]);
}
