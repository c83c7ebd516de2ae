import { formatPath, type Path } from "./formatPath";
import type { ValidationError } from "./validationError";

const forbidden = new Set(["__proto__", "constructor", "prototype"]);

/**
 * `JSON.parse` keeps `"__proto__"` as an own key; copied naively it would rewrite a prototype.
 * Walks iteratively so that a hostile, deeply nested file cannot overflow the stack.
 */
export function findForbiddenKeys(value: unknown, limit = 50): ValidationError[] {
  const errors: ValidationError[] = [];
  const stack: [unknown, Path][] = [[value, []]];
  while (stack.length > 0 && errors.length < limit) {
    const [current, path] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], [...path, i]]);
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (forbidden.has(key)) {
        errors.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` });
      } else {
        stack.push([(current as Record<string, unknown>)[key], [...path, key]]);
      }
    }
  }
  return errors;
}
