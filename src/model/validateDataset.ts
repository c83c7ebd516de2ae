import * as z from "zod/mini";
import { checkReferences } from "./checkReferences";
import { describeIssue } from "./describeIssue";
import { findForbiddenKeys } from "./findForbiddenKeys";
import { findUnsafeText } from "./findUnsafeText";
import { jsonSyntaxError, locateJsonErrors } from "./locateJsonErrors";
import { datasetSchema, type Dataset } from "./schema";
import type { ValidationError } from "./validationError";

export type Validation = { ok: true; dataset: Dataset } | { ok: false; errors: ValidationError[] };

/** Checks a parsed JSON value against the dataset contract, listing every error with its path. */
export function validateDataset(data: unknown): Validation {
  const forbidden = findForbiddenKeys(data);
  // Parsing a value that carries "__proto__" is exactly what must not happen.
  if (forbidden.length > 0) return { ok: false, errors: forbidden };

  const parsed = z.safeParse(datasetSchema, data);
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap((issue) => describeIssue(issue, data))),
    ...checkReferences(data),
    ...findUnsafeText(data),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, dataset: parsed.data };
}

/**
 * The same, from the text of a file: a file that is not JSON is one error with its line and
 * column; every other error also says where it is in the file.
 */
export function validateDatasetText(text: string): Validation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [jsonSyntaxError(text, reason)] };
  }
  const validation = validateDataset(data);
  if (validation.ok) return validation;
  return { ok: false, errors: locateJsonErrors(validation.errors, data, text) };
}
