import { formatPath } from "./formatPath";

export type JsonScan =
  | {
      ok: true;
      /** Offsets in the text by path (`ties[3].members[1]`): a member's key, or an item's value. */ offsets: Map<string, number>;
    }
  | { ok: false; offset: number; message: string };

/** Deeper than any dataset goes (the validator refuses 32 levels): where the walk stops looking. */
const maxDepth = 40;

class TooDeep extends Error {}

class JsonSyntax extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const describeChar = (ch: string | undefined) => (ch === undefined ? "the end of the file" : JSON.stringify(ch));

/**
 * Walks JSON text to learn where each value sits, and where the first syntax error is, in words
 * an editor can act on ("remove the comma before ]"). `JSON.parse` does the real parsing; this
 * runs only when there is something to point at, and its wording is the same in every browser.
 */
export function scanJson(text: string): JsonScan {
  const offsets = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r\ufeff".includes(text[i] ?? "")) i++;
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntax(at, message);
  };
  const string = () => {
    const start = i;
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          return fail("this text holds a backslash that starts no valid escape, or an invisible control character", start);
        }
      }
      if (ch === "\\") i += 2;
      else if (ch === "\n") fail('this text has no closing quote (") before the end of the line', start);
      else i++;
    }
    return fail('this text has no closing quote (")', start);
  };
  let lastComma = 0;
  const value = (path: PropertyKey[]): void => {
    if (path.length > maxDepth) throw new TooDeep();
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') {
          if (text[i] === "}") fail('remove this comma: nothing follows it before "}"', lastComma);
          fail(`expected a name in double quotes, found ${describeChar(text[i])}`);
        }
        const keyAt = i;
        const key = string();
        offsets.set(formatPath([...path, key]), keyAt);
        ws();
        if (text[i] !== ":") fail(`expected ":" after the name "${key}", found ${describeChar(text[i])}`);
        i++;
        value([...path, key]);
        ws();
        if (text[i] === ",") {
          lastComma = i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected "," or "}", found ${describeChar(text[i])}: is a comma missing?`);
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        ws();
        if (text[i] === "]") fail('remove this comma: nothing follows it before "]"', lastComma);
        offsets.set(formatPath([...path, k]), i);
        value([...path, k]);
        ws();
        if (text[i] === ",") {
          lastComma = i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected "," or "]", found ${describeChar(text[i])}: is a comma missing?`);
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    if (ch === "'") fail('use double quotes (") around text, not single quotes');
    fail(`expected a value, found ${describeChar(ch)}`);
  };
  try {
    offsets.set("(root)", 0);
    value([]);
    ws();
    if (i < text.length) fail(`unexpected ${describeChar(text[i])} after the end of the data`);
    return { ok: true, offsets };
  } catch (error) {
    if (error instanceof JsonSyntax) return { ok: false, offset: error.offset, message: error.message };
    // The places found before the walk went too deep are still good.
    if (error instanceof TooDeep) return { ok: true, offsets };
    throw error;
  }
}

/** Line and column (both from 1) of an offset, and that line with a caret under the column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = text.indexOf("\n", offset);
  const lineText = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "");
  const column = offset - lineStart + 1;
  // A minified file is one long line: show the stretch around the column.
  const from = Math.max(0, column - 61);
  const shown = `${from > 0 ? "…" : ""}${lineText.slice(from, from + 120)}${from + 120 < lineText.length ? "…" : ""}`;
  const gutter = `${line} | `;
  const excerpt = `${gutter}${shown}\n${" ".repeat(gutter.length + (from > 0 ? 1 : 0) + column - 1 - from)}^`;
  return { line, column, excerpt };
}
