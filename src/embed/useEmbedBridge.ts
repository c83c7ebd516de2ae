import { useEffect } from "react";
import type { AppStore } from "../state/appStore";
import { atNextFrame } from "./atNextFrame";
import { mergeHostChanges } from "./mergeHostChanges";
import { ampEmbedSizeMessage, parseHostMessage, resizeMessage, stateMessage, type HostChange } from "./protocol";
import "./embed.css";

/** The window that frames this document, or null at the top level (nothing to talk to). */
export function framingWindow(): Window | null {
  try {
    return window.parent !== window ? window.parent : null;
  } catch {
    return null;
  }
}

/**
 * Talks to the page that frames the graphic, whether or not it asked for `?embed=1`: the graphic's
 * height (so the host can size the iframe to it), its state as it changes, and the host's
 * `latticework:set` requests, applied to the store as a click would be, so the morph animates.
 * Requests are coalesced: those that arrive between two frames are merged and applied once, at the
 * next frame, with one state message back, so a host that floods (a scrolly page on a fast wheel)
 * costs one update a frame, not one per message.
 * Messages go to any origin ("*"): a sandboxed host frame has an opaque origin that no target
 * origin names, and what is sent (the height, the state) is what the reader sees anyway.
 */
export function useEmbedBridge(store: AppStore, host: Window | null = framingWindow()) {
  useEffect(() => {
    if (!host) return;
    const post = (message: object) => host.postMessage(message, "*");

    let reported = stateMessage(store.getState());
    let height = -1;
    const root = document.documentElement;
    // The root element's own box, not scrollHeight: scrollHeight never falls below the frame's
    // height, so a frame sized to it could grow but never shrink back.
    const measure = (always = false) => {
      const next = resizeMessage(root.getBoundingClientRect().height);
      if (next.height === height && !always) return;
      height = next.height;
      post(next);
      post(ampEmbedSizeMessage(next.height));
    };

    // What the host asked for since the last frame, merged, and whether it asked for a report.
    let pending: HostChange | null = null;
    let reportAsked = false;
    let cancelFlush: (() => void) | null = null;
    const flush = () => {
      cancelFlush = null;
      const change = pending;
      const report = reportAsked;
      pending = null;
      reportAsked = false;
      // One update, as validated against the model: one morph, one state message back.
      if (change) store.setState(change);
      if (report) {
        post(reported);
        measure(true);
      }
    };

    // Listen first, then report: a host may take the first message as "ready".
    const onMessage = (event: MessageEvent) => {
      if (event.source !== host) return;
      const change = parseHostMessage(event.data, store.getState().model);
      if (!change) return;
      // An empty set asks for a report, answered after whatever was asked before it.
      if (Object.keys(change).length === 0) reportAsked = true;
      else pending = mergeHostChanges(pending, change);
      cancelFlush ??= atNextFrame(flush);
    };
    window.addEventListener("message", onMessage);

    post(reported);
    const unsubscribe = store.subscribe((state) => {
      const next = stateMessage(state);
      if (next.view === reported.view && next.scenario === reported.scenario && next.tie === reported.tie && next.node === reported.node)
        return;
      reported = next;
      post(next);
    });

    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => measure()) : null;
    observer?.observe(root);

    return () => {
      window.removeEventListener("message", onMessage);
      cancelFlush?.();
      unsubscribe();
      observer?.disconnect();
    };
  }, [store, host]);
}
