import type * as z from "zod/mini";
import { describeValue } from "./describeValue";
import { didYouMean } from "./didYouMean";
import { fieldsAt } from "./fieldsAt";
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

const typeWords: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "an object ({ … })",
  boolean: "true or false",
  number: "a number",
};

/** What the values at a path are called, for "is not a state": the editor's word, not the schema's. */
function nounFor(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (parent === "status") return "state";
  if (path[0] === "legend" && path[1] === "states") return "state";
  if (path[0] === "legend" && path[1] === "roles") return "role";
  if (last === "role") return "role";
  if (last === "view") return "view";
  if (last === "kind" && path[0] === "nodes") return "kind of node";
  if (last === "kind" && path[0] === "scenarios") return "kind of scenario";
  return "allowed value";
}

const isTieQuotes = (path: readonly PropertyKey[]) => path.length === 3 && path[0] === "ties" && path[2] === "quotes";
const noQuotes = (path: readonly PropertyKey[]): ValidationError[] => [
  { path: formatPath(path.slice(0, 2)), message: "has no quotes: every tie needs at least one" },
];

/**
 * zod/mini ships without an English locale (to stay small), so its issues are turned into
 * sentences here, in plain words, with the nearest allowed word when one was probably meant:
 * editors fix data by reading these.
 */
export function describeIssue(issue: Issue, root: unknown): ValidationError[] {
  const at = (path: readonly PropertyKey[]) => formatPath(path);
  const found = () => describeValue(valueAt(root, issue.path));
  switch (issue.code) {
    case "invalid_type": {
      const value = valueAt(root, issue.path);
      if (value === undefined) {
        if (isTieQuotes(issue.path)) return noQuotes(issue.path);
        return [{ path: at(issue.path), message: "is missing" }];
      }
      return [{ path: at(issue.path), message: `should be ${typeWords[issue.expected] ?? issue.expected}, not ${found()}` }];
    }
    case "too_small":
      if (issue.origin === "string") return [{ path: at(issue.path), message: "is empty: write something here, or leave the field out" }];
      if (issue.origin === "array") {
        if (isTieQuotes(issue.path)) return noQuotes(issue.path);
        return [{ path: at(issue.path), message: `needs at least ${plural(issue.minimum, "item")}` }];
      }
      return [{ path: at(issue.path), message: `must be at least ${issue.minimum}` }];
    case "too_big":
      if (issue.origin === "string")
        return [{ path: at(issue.path), message: `is longer than ${plural(issue.maximum, "character")}: shorten it` }];
      if (issue.origin === "array" && issue.path.length === 1 && (issue.path[0] === "nodes" || issue.path[0] === "ties")) {
        // The limit is what the graphic can draw, not an arbitrary cap: the message says so.
        const most = `${Number(issue.maximum).toLocaleString("en")} ${issue.path[0]}`;
        return [
          {
            path: at(issue.path),
            message: `has more than ${most}: the graphic draws at most ${most} well (smoothly, and without holding the page), so a dataset may not have more`,
          },
        ];
      }
      if (issue.origin === "array") return [{ path: at(issue.path), message: `has more than ${plural(issue.maximum, "item")}` }];
      return [{ path: at(issue.path), message: `must be at most ${issue.maximum}` }];
    case "invalid_value": {
      const value = valueAt(root, issue.path);
      const allowed = issue.values.map(String);
      const noun = nounFor(issue.path);
      const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
      const list = hint ? "" : `; use one of ${allowed.map((v) => `"${v}"`).join(", ")}`;
      return [{ path: at(issue.path), message: `${found()} is not a ${noun}.${hint}${list}`.replace(/\.;/, ";") }];
    }
    case "unrecognized_keys": {
      const fields = fieldsAt(issue.path);
      const noun = issue.path[0] === "legend" ? nounFor([...issue.path, ""]) : "field here";
      return issue.keys.map((key) => ({
        path: at([...issue.path, key]),
        message: `"${key}" is not a ${noun}.${didYouMean(key, fields)}`.replace(/\.$/, ""),
      }));
    }
    case "invalid_format":
      return [{ path: at(issue.path), message: `${issue.message}; found ${found()}` }];
    case "invalid_key": {
      // A key of a record: a state or role named in `legend`, or a scenario id in `status`.
      const inner = issue.issues[0];
      const key = issue.path.at(-1);
      if (inner?.code === "invalid_value" && typeof key === "string") {
        const noun = nounFor([...issue.path.slice(0, -1), key]);
        const hint = didYouMean(key, inner.values.map(String));
        return [{ path: at(issue.path), message: `"${key}" is not a ${noun}.${hint}`.replace(/\.$/, "") }];
      }
      if (inner?.code === "invalid_format" && typeof key === "string")
        return [{ path: at(issue.path), message: `"${key}" ${inner.message}` }];
      return issue.issues.flatMap((each) => describeIssue({ ...each, path: [...issue.path, ...each.path] } as Issue, root));
    }
    default:
      return [{ path: at(issue.path), message: issue.message || "is not valid" }];
  }
}
