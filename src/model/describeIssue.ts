import type * as z from "zod/mini";
import { describeValue } from "./describeValue";
import { formatPath } from "./formatPath";
import type { ValidationError } from "./validationError";

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? "" : "s"}`;
}

/**
 * zod/mini ships without an English locale (to stay small), so its issues are turned into
 * sentences here, naming what was found, since editors fix data by reading these.
 */
export function describeIssue(issue: Issue, root: unknown): ValidationError[] {
  const at = (path: readonly PropertyKey[]) => formatPath(path);
  const found = () => describeValue(valueAt(root, issue.path));
  switch (issue.code) {
    case "invalid_type": {
      const value = valueAt(root, issue.path);
      if (value === undefined) return [{ path: at(issue.path), message: `is required (${issue.expected})` }];
      return [{ path: at(issue.path), message: `expected ${issue.expected}, found ${found()}` }];
    }
    case "too_small":
      if (issue.origin === "string") return [{ path: at(issue.path), message: "must not be empty" }];
      if (issue.origin === "array")
        return [
          {
            path: at(issue.path),
            message: issue.message !== "Invalid input" && issue.message ? issue.message : `needs at least ${plural(issue.minimum, "item")}`,
          },
        ];
      return [{ path: at(issue.path), message: `must be at least ${issue.minimum}` }];
    case "too_big":
      if (issue.origin === "string") return [{ path: at(issue.path), message: `is longer than ${plural(issue.maximum, "character")}` }];
      if (issue.origin === "array") return [{ path: at(issue.path), message: `has more than ${plural(issue.maximum, "item")}` }];
      return [{ path: at(issue.path), message: `must be at most ${issue.maximum}` }];
    case "invalid_value":
      return [
        {
          path: at(issue.path),
          message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}; found ${found()}`,
        },
      ];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: at([...issue.path, key]), message: "is not a field of this schema" }));
    case "invalid_format":
      return [{ path: at(issue.path), message: `${issue.message}; found ${found()}` }];
    case "invalid_key":
      return issue.issues.flatMap((inner) => describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, root));
    default:
      return [{ path: at(issue.path), message: issue.message || "is not valid" }];
  }
}
