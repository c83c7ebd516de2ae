import type { Dataset } from "./schema";
import { formatDate } from "./formatDate";

/** "Source: The Japan Times, 25 June 2024": the credit every view and export carries. */
export function sourceCredit(dataset: Dataset): string {
  const { publisher, date } = dataset.meta.source;
  return `Source: ${publisher}, ${formatDate(date)}`;
}
