import { parsePath } from "../model/parsePath";
import { formatPath } from "../model/formatPath";
import type { ValidationError } from "../model/validationError";

/** Where a value came from in a spreadsheet export: the file, the row as the sheet numbers it, the column. */
export type CsvPlace = {
  file: string;
  row?: number | undefined;
  column?: string | undefined;
  /** Errors here were reported once for the whole file (a missing column): not again for each row. */
  reportedOnce?: boolean;
};

export const formatPlace = (place: CsvPlace) =>
  [place.file, place.row === undefined ? "" : `row ${place.row}`, place.column ?? ""].filter(Boolean).join(", ");

const snake = (key: string) => key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/** The column a missing field would have had: `status.trump` → `status_trump`, `shortLabel` → `short_label`. */
function columnOf(keys: readonly PropertyKey[]): string | undefined {
  const names = keys.filter((key): key is string => typeof key === "string");
  if (names[0] === "status" || names[0] === "inferred") return names.join("_");
  if (names[0] === "citation" && names[1]) return `citation_${snake(names[1])}`;
  return names.length > 0 ? snake(names.at(-1) ?? "") : undefined;
}

/**
 * Says where each error is in the editor's files: the validator speaks of `ties[3].status.trump`,
 * the editor of `ties.csv, row 5, status_trump`. A field that is missing has no cell of its own:
 * it is placed on its row, under the column it would have had.
 */
export function locateCsvErrors(errors: readonly ValidationError[], places: ReadonlyMap<string, CsvPlace>): ValidationError[] {
  return errors.flatMap((error) => {
    if (error.where !== undefined && error.line === undefined) return [error];
    const keys = parsePath(error.path);
    for (let n = keys.length; n > 0; n--) {
      const place = places.get(formatPath(keys.slice(0, n)));
      if (place === undefined) continue;
      if (place.reportedOnce) return [];
      const rest = keys.slice(n);
      const column = place.column ?? (rest.length > 0 ? columnOf(rest) : undefined);
      return [{ path: error.path, message: error.message, where: formatPlace({ file: place.file, row: place.row, column }) }];
    }
    return [{ path: error.path, message: error.message, where: "the files" }];
  });
}
