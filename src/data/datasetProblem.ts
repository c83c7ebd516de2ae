import type { ValidationError } from "../model/validationError";
import type { Dataset } from "../model/schema";

export type DatasetProblem = { title: string; errors: ValidationError[] };
export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

export const refused = (title: string, message: string, path = "(root)"): DatasetResult => ({
  ok: false,
  problem: { title, errors: [{ path, message }] },
});
