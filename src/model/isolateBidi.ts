const FSI = "\u2068";
const PDI = "\u2069";
const isolateOpeners = new Set(["\u2066", "\u2067", "\u2068"]); // LRI, RLI, FSI
const embeddingOpeners = new Set(["\u202a", "\u202b", "\u202d", "\u202e"]); // LRE, RLE, LRO, RLO
const PDF = "\u202c";

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) or an explicit bidi control. */
const needsIsolation =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The text with its explicit bidi controls balanced: a PDI or PDF that closes nothing is dropped,
 * and whatever the text leaves open (an isolate, an embedding, an override) is closed at its end.
 */
export function balanceBidi(text: string): string {
  const open: ("isolate" | "embedding")[] = [];
  let out = "";
  for (const char of text) {
    if (isolateOpeners.has(char)) open.push("isolate");
    else if (embeddingOpeners.has(char)) open.push("embedding");
    else if (char === PDI) {
      const at = open.lastIndexOf("isolate");
      if (at < 0) continue;
      // A PDI closes its isolate and every embedding opened inside it.
      open.length = at;
    } else if (char === PDF) {
      if (open[open.length - 1] !== "embedding") continue;
      open.pop();
    }
    out += char;
  }
  for (let k = open.length - 1; k >= 0; k--) out += open[k] === "isolate" ? PDI : PDF;
  return out;
}

/**
 * A piece of text from the data, made safe to set beside other text: if it holds right-to-left
 * letters or bidi controls, it is balanced and wrapped in FSI…PDI, the plain-text twin of
 * `<bdi>`, so it takes its own direction and cannot reorder what follows it (a label ending in an
 * unclosed U+202E would otherwise reverse the next name in "A–B"). Plain text is returned as it
 * is. FSI/PDI work in HTML, SVG text, canvas, accessible names and the exports alike. Idempotent.
 */
export function isolateBidi(text: string): string {
  if (!needsIsolation.test(text)) return text;
  if (text.startsWith(FSI) && text.endsWith(PDI) && balanceBidi(text) === text && balanceBidi(text.slice(1, -1)) === text.slice(1, -1))
    return text;
  return `${FSI}${balanceBidi(text)}${PDI}`;
}
