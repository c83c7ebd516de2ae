/** "A", "A and B", "A, B and C" (or "A, B or C"): names in running text. */
export function joinWords(words: readonly string[], conjunction: "and" | "or" = "and"): string {
  const last = words.at(-1) ?? "";
  if (words.length <= 1) return last;
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${last}`;
}
