/**
 * The sandbox an embed runs in: scripts, and popups so the source credit opens the article in a
 * new tab, outside the sandbox. Nothing else: no same-origin access (the frame cannot reach the
 * host page, its storage or cookies), no forms, no top navigation, and no downloads (a Download
 * button inside the frame would need `allow-downloads`).
 */
export const embedSandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

// The addresses live with the state they encode; the export's own-page link uses them too.
export { embedUrls, type EmbedUrls } from "../state/embedUrls";
import type { EmbedUrls } from "../state/embedUrls";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The code an editor pastes into an article: the iframe (with a title for screen readers, the
 * height it will have so nothing shifts as it loads, and `data-latticework` for embed.js), the
 * script that keeps it sized, and a link for readers without scripts.
 */
export function embedSnippet(
  urls: EmbedUrls,
  title: string,
  height: number,
  fallback?: { src: string; alt: string },
  heights: Readonly<Record<number, number>> = {},
): string {
  const name = escapeHtml(title);
  // Where scripts do not run (AMP without amp-iframe, RSS, some e-mail), the picture itself.
  const image = fallback ? `<img src="${escapeHtml(fallback.src)}" alt="${escapeHtml(fallback.alt)}" width="100%" /><br />` : "";
  // The height measured at each probe width ("360:1207 640:1110 1280:980"): embed.js reserves the
  // one for the frame's width before the graphic loads; `height` stays for pages without it.
  const byWidth = Object.entries(heights)
    .map(([w, h]) => [Number(w), Math.ceil(h)] as const)
    .sort(([a], [b]) => a - b)
    .map(([w, h]) => `${w}:${h}`)
    .join(" ");
  const reserve = byWidth ? ` data-latticework-heights="${byWidth}"` : "";
  return [
    `<iframe src="${escapeHtml(urls.embed)}" title="${name}" data-latticework${reserve} width="100%" height="${Math.ceil(height)}" ` +
      `style="border:0;width:100%" loading="lazy" sandbox="${embedSandbox}"></iframe>`,
    `<script src="${escapeHtml(urls.script)}" defer></script>`,
    `<noscript>${image}<a href="${escapeHtml(urls.full)}">${name} (interactive graphic)</a></noscript>`,
  ].join("\n");
}
