import { datasetScriptId, layoutsScriptId } from "../src/publish/inlinedIds";
import type { PageMeta } from "../src/publish/pageMeta";

export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** JSON that can sit in a `<script type="application/json">`: no "</script>" or "<!--" inside. */
export const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export const jsonScript = (id: string, value: unknown) => `<script type="application/json" id="${id}">${inlineJson(value)}</script>`;

export type PageParts = {
  meta: PageMeta;
  /** The folder's public address (ends with "/"), or null: then no absolute og:image. */
  url: string | null;
  /** The file this page is, within the folder ("" for index.html). */
  file: string;
  picture: string;
  dataset: unknown;
  layouts: unknown;
  embed: boolean;
};

/** The page's metadata from the dataset: title, description, Open Graph and Twitter card. */
export function headTags({ meta, url, file }: Pick<PageParts, "meta" | "url" | "file">): string {
  const tag = (attr: "name" | "property", key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag("name", "description", meta.description),
    tag("property", "og:type", "website"),
    tag("property", "og:title", meta.title),
    tag("property", "og:description", meta.description),
    ...(url
      ? [
          `<link rel="canonical" href="${escapeHtml(new URL(file, url).href)}" />`,
          tag("property", "og:url", new URL(file, url).href),
          tag("property", "og:image", new URL("social.png", url).href),
          tag("property", "og:image:width", "1200"),
          tag("property", "og:image:height", "630"),
          tag("property", "og:image:alt", meta.alt),
        ]
      : []),
    tag("name", "twitter:card", "summary_large_image"),
    tag("name", "twitter:title", meta.title),
    tag("name", "twitter:description", meta.description),
    ...(url ? [tag("name", "twitter:image", new URL("social.png", url).href), tag("name", "twitter:image:alt", meta.alt)] : []),
  ].join("\n    ");
}

/**
 * The built index.html with what the dataset brings: metadata in the head, the prerendered
 * picture in #root, and the dataset and its layouts as JSON after it (after, so that the HTML
 * that paints the picture comes first over the wire).
 */
export function composePage(template: string, parts: PageParts): string {
  const fill = (html: string, marker: string, value: string) => {
    if (!html.includes(marker)) throw new Error(`the built index.html has no ${marker}`);
    return html.replace(marker, () => value);
  };
  let html = template.replace(/<title>[\s\S]*?<\/title>\s*/, "");
  html = fill(html, "<!--latticework:head-->", headTags(parts));
  html = fill(html, "<!--latticework:picture-->", parts.picture);
  html = fill(
    html,
    "<!--latticework:data-->",
    [jsonScript(datasetScriptId, parts.dataset), jsonScript(layoutsScriptId, parts.layouts)].join("\n    "),
  );
  if (parts.embed) html = html.replace(/<html lang="en">/, '<html lang="en" class="is-embed">');
  return html;
}
