import { useEffect, useRef } from "react";
import type { Dataset } from "../model/schema";

/**
 * The tab's title and the page's description follow the dataset shown. The page's own (in
 * index.html) stay while the dataset it was made for is shown, and come back with it.
 */
export function useDocumentTitle(dataset: Dataset) {
  const first = useRef<{ dataset: Dataset; title: string; description: string | null } | null>(null);
  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    first.current ??= { dataset, title: document.title, description: meta?.content ?? null };
    const own = dataset === first.current.dataset;
    document.title = own ? first.current.title : dataset.meta.title;
    if (meta) meta.content = own ? (first.current.description ?? "") : dataset.meta.description;
  }, [dataset]);
}
