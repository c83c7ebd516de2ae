import type { AppStore } from "../state/appStore";

/**
 * After Open dataset or a drop, focus goes where the outcome is told: the alert if the dataset was
 * refused, else the graphic's heading, now the new dataset's title. Left alone, it would fall to
 * the page's body (the file input's label re-renders; a dropped file never had focus).
 * Waits a task so that React has drawn the outcome first.
 */
export function focusAfterOpen(store: AppStore, root: ParentNode = document): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      const target = store.getState().problem
        ? root.querySelector<HTMLElement>(".alert")
        : root.querySelector<HTMLElement>(".graphic__title");
      target?.focus();
      resolve();
    }, 0),
  );
}
