export type ValidationError = {
  /** Where, as `ties[3].quotes[0].speaker`; `(root)` for the file as a whole. */
  path: string;
  /** What is wrong and, where it can, what to do: plain words an editor can act on. */
  message: string;
  /**
   * Where, in the editor's terms, when known: `ties[5] ("norway-poland"), members[1]` in a JSON
   * file, `ties.csv, row 7, status_trump` in a spreadsheet.
   */
  where?: string;
  /** The line and column (from 1) in the file, for a JSON file. */
  line?: number;
  column?: number;
  /** The line of the file with a caret under the column, for a syntax error. */
  excerpt?: string;
};

/** One error as a line of text (and the excerpt under it, if any): the CLI and the app share it. */
export function formatValidationError(error: ValidationError): string {
  const at = error.line === undefined ? "" : ` (line ${error.line}, column ${error.column ?? 1})`;
  const head = `${error.where ?? error.path}: ${error.message}${at}`;
  return error.excerpt ? `${head}\n${error.excerpt}` : head;
}
