/**
 * The quoting rules allow only typographic differences: straight or curly quotation marks and
 * apostrophes, and runs of white space. Everything else must match letter for letter.
 */
export const normalizeQuoted = (text: string): string =>
  text
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** Where a passage sits in the article: its first and last line, numbered from 1. */
export type ArticleSpan = { from: number; to: number };

export type ArticleIndex = {
  /** The passage's lines, or undefined if it is not in the article verbatim (outside excluded lines). */
  locate: (passage: string) => ArticleSpan | undefined;
};

/**
 * An article's text, searchable by passage. Lines are the article's paragraphs; `excluded` lines
 * (a website's comment prompt, say) are not part of the article and never match.
 */
export function articleIndex(text: string, excluded: (line: string) => boolean = () => false): ArticleIndex {
  const starts: number[] = [];
  const lines: number[] = [];
  let joined = "";
  text.split("\n").forEach((line, k) => {
    const normal = normalizeQuoted(line);
    if (normal === "" || excluded(line)) return;
    if (joined !== "") joined += " ";
    starts.push(joined.length);
    lines.push(k + 1);
    joined += normal;
  });
  const lineAt = (offset: number): number => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return lines[k]!;
  };
  return {
    locate(passage) {
      const normal = normalizeQuoted(passage);
      const at = normal === "" ? -1 : joined.indexOf(normal);
      return at < 0 ? undefined : { from: lineAt(at), to: lineAt(at + normal.length - 1) };
    },
  };
}

export const formatSpan = ({ from, to }: ArticleSpan): string => (from === to ? `L${from}` : `L${from}–${to}`);
