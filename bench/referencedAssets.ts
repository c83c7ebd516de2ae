export type ReferencedAssets = {
  scripts: string[];
  stylesheets: string[];
  /** Everything else a `<link href>` names (icons, preloads): fetched, but not needed to draw. */
  links: string[];
};

const tagPattern = /<(script|link)\b([^>]*)>/gi;
const attributePattern = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(attributePattern)) found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  return found;
}

/** The files a built index.html asks for as it loads: its scripts, its stylesheets, its other links. */
export function referencedAssets(html: string): ReferencedAssets {
  const assets: ReferencedAssets = { scripts: [], stylesheets: [], links: [] };
  for (const [, tag, source] of html.matchAll(tagPattern)) {
    const attrs = attributes(source!);
    if (tag!.toLowerCase() === "script") {
      const src = attrs.get("src");
      if (src) assets.scripts.push(src);
      continue;
    }
    const href = attrs.get("href");
    if (!href) continue;
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    (rel.includes("stylesheet") ? assets.stylesheets : assets.links).push(href);
  }
  return assets;
}
