import { formatPath } from "./formatPath";
import type { ValidationError } from "./validationError";

const forbidden = new Set(["__proto__", "constructor", "prototype"]);

/** Deeper than any valid dataset goes (its deepest value, a citation's url, is five levels down). */
export const maxDatasetDepth = 32;

/** An object or array met on the walk, linked to its parent so that a path costs nothing until reported. */
type Visit = { value: object; depth: number; key?: PropertyKey; parent?: Visit };

function pathOf(visit: Visit, key?: PropertyKey): PropertyKey[] {
  const path: PropertyKey[] = key === undefined ? [] : [key];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

/**
 * `JSON.parse` keeps `"__proto__"` as an own key; copied naively it would rewrite a prototype.
 * Walks iteratively, and no deeper than a dataset can be, so that a hostile file (a few megabytes
 * of `[[[[…`) can neither overflow the stack nor take time or memory out of proportion to its size.
 */
export function findForbiddenKeys(value: unknown, limit = 50): ValidationError[] {
  const errors: ValidationError[] = [];
  if (value === null || typeof value !== "object") return errors;
  const stack: Visit[] = [{ value, depth: 0 }];
  const visit = (child: unknown, key: PropertyKey, parent: Visit) => {
    if (child !== null && typeof child === "object") stack.push({ value: child, depth: parent.depth + 1, key, parent });
  };
  while (stack.length > 0 && errors.length < limit) {
    const current = stack.pop()!;
    if (current.depth > maxDatasetDepth) {
      errors.push({ path: formatPath(pathOf(current)), message: `is nested more than ${maxDatasetDepth} levels deep` });
      continue;
    }
    if (Array.isArray(current.value)) {
      for (let i = current.value.length - 1; i >= 0; i--) visit(current.value[i], i, current);
      continue;
    }
    for (const key of Object.keys(current.value).reverse()) {
      if (forbidden.has(key)) errors.push({ path: formatPath(pathOf(current, key)), message: `the key "${key}" is not allowed` });
      else visit((current.value as Record<string, unknown>)[key], key, current);
    }
  }
  return errors;
}
