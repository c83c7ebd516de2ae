import type { GraphModel } from "../model/graphModel";
import type { ReaderState } from "./appState";
import { formatUrlState } from "./urlState";

export type EmbedUrls = {
  /** The graphic alone, in the given state: the iframe's `src`. */
  embed: string;
  /** The full page in the same state: the `<noscript>` link. */
  full: string;
  /** The host-page script that sizes the iframe. */
  script: string;
};

/**
 * Absolute addresses for an embed of the app at `pageUrl` (the reader's `location.href`), so the
 * snippet works wherever it is pasted and whatever sub-path the app is served from. Parameters
 * that are not the reader's choice (a `data` URL) are kept.
 */
export function embedUrls(pageUrl: string, state: ReaderState, model: GraphModel, framePage?: string): EmbedUrls {
  const page = new URL(pageUrl);
  const current = new URLSearchParams(page.search);
  current.delete("embed");
  const shared = new URLSearchParams(formatUrlState(state, model, `?${current.toString()}`));
  page.hash = "";
  page.search = shared.toString();
  const full = page.href;
  // A published folder has a page prerendered as the embed (frame.html): it paints the embed's
  // own picture before its script runs, where the full page would paint the full view's.
  const frame = framePage ? new URL(framePage, page) : page;
  frame.search = new URLSearchParams([["embed", "1"], ...shared]).toString();
  return { embed: frame.href, full, script: new URL("embed.js", page).href };
}
