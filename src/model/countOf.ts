/** English plural categories, from the platform rather than `n === 1`: "1 tie", "0 ties", "2 ties". */
const rules = new Intl.PluralRules("en");

/** "1 tie", "3 ties"; `plural` for words that do not just add an s ("1 country", "2 countries"). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${rules.select(count) === "one" ? singular : plural}`;
}

/**
 * How many items of a list to show before "…and N more": all of them when hiding would leave a
 * single one out ("and 1 more" would take as much room as the item itself).
 */
export const listedCount = (length: number, limit: number): number => (length <= limit + 1 ? length : limit);
