import { Suspense, useContext, useRef, useState } from "react";
import { useStore } from "zustand";
import { lazyExtra } from "../extras/lazyExtra";
import { PublishedContext } from "../publish/PublishedContext";
import type { AppStore } from "../state/appStore";
// The dialog's code loads on first use; its styles come with the page's, so it opens styled.
import "./embedDialog.css";

const EmbedDialog = lazyExtra("EmbedDialog");

/** Opens the Embed dialog; focus comes back here when it closes. */
export function EmbedButton({ store }: { store: AppStore }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The dialog comes with the extras script, which has its own copy of this module's context:
  // what the page was published with is read here, in the page's, and handed over.
  const published = useContext(PublishedContext);
  const dataset = useStore(store, (s) => s.model.dataset);
  const foreign = published !== null && published.dataset !== dataset;
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5.5 4L1.5 8l4 4M10.5 4l4 4-4 4" />
        </svg>
        Embed
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            store={store}
            foreign={foreign}
            framePage={published?.framePage ?? null}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
