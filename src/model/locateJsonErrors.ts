import { formatPath } from "./formatPath";
import { parsePath } from "./parsePath";
import { lineAndColumn, scanJson } from "./scanJson";
import type { ValidationError } from "./validationError";

const idOf = (value: unknown): string | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) && typeof (value as Record<string, unknown>).id === "string"
    ? ((value as Record<string, unknown>).id as string)
    : undefined;

/**
 * `ties[5].members[1]` → `ties[5] ("norway-poland"), members[1]`: an editor finds a tie by its id,
 * not by counting from zero.
 */
export function whereInJson(path: string, data: unknown): string {
  const keys = parsePath(path);
  if (keys.length === 0) return path;
  let out = "";
  let current: unknown = data;
  let separator = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${separator}${String(key)}` : `[${JSON.stringify(String(key))}]`;
    separator = ".";
    current = current !== null && typeof current === "object" ? (current as Record<PropertyKey, unknown>)[key] : undefined;
    const id = typeof key === "number" ? idOf(current) : undefined;
    if (id !== undefined) {
      out += ` ("${id}")`;
      separator = ", ";
    }
  }
  return out;
}

/** Adds to each error where it is in the file: the path with ids, and the line and column. */
export function locateJsonErrors(errors: ValidationError[], data: unknown, text: string): ValidationError[] {
  const scan = scanJson(text);
  return errors.map((error) => {
    const located: ValidationError = { ...error, where: whereInJson(error.path, data) };
    if (!scan.ok) return located;
    // A missing field has no place of its own: point at the object that lacks it.
    const keys = parsePath(error.path);
    for (let n = keys.length; n >= 0; n--) {
      const offset = scan.offsets.get(formatPath(keys.slice(0, n)));
      if (offset === undefined) continue;
      const { line, column } = lineAndColumn(text, offset);
      return { ...located, line, column };
    }
    return located;
  });
}

/** A file that is not JSON: one error, with the line, the column and the line itself. */
export function jsonSyntaxError(text: string, reason: string): ValidationError {
  const scan = scanJson(text);
  if (scan.ok) return { path: "(root)", message: `not valid JSON (${reason})` };
  const { line, column, excerpt } = lineAndColumn(text, scan.offset);
  return { path: "(root)", where: "the file", message: `not valid JSON: ${scan.message}`, line, column, excerpt };
}
