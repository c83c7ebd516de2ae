import { formatPath } from "./formatPath";
import type { ValidationError } from "./validationError";

/** Fields of running prose, where a tab or a line break is the writer's own. */
const proseKeys = new Set(["description", "summary", "text", "fact", "note"]);

const names: Record<number, string> = {
  0x00: "NUL",
  0x07: "BEL",
  0x08: "BACKSPACE",
  0x09: "TAB",
  0x0a: "LINE FEED",
  0x0d: "CARRIAGE RETURN",
  0x1b: "ESC",
  0x7f: "DELETE",
  0x85: "NEXT LINE",
  0xa0: "NO-BREAK SPACE",
  0xad: "SOFT HYPHEN",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x3000: "IDEOGRAPHIC SPACE",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
};

/** "U+001B (ESC)": a character named as an editor can search for it. */
export function describeCodePoint(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = names[codePoint];
  return name ? `${code} (${name})` : code;
}

// C0 (and DELETE) and C1 controls: never meant to be shown, shown as boxes or not at all.
const isControl = (codePoint: number) => codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
// What leaves no mark on the page: spaces, format and ignorable characters, marks with no base,
// private use, the Braille blank and the Hangul fillers.
const invisible = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Co}\u2800\u115f\u1160\u3164\uffa0]*$/u;

/** The problem with one string from the data, if any: a control character at a position, or nothing to see. */
export function unsafeTextMessage(value: string, prose: boolean): string | null {
  let position = 0;
  for (const char of value) {
    position += 1;
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isControl(codePoint)) continue;
    if (prose && (codePoint === 0x09 || codePoint === 0x0a)) continue;
    return `contains the control character ${describeCodePoint(codePoint)} at position ${position}; remove it${prose ? "" : " (tabs and line breaks are allowed only in descriptions, summaries, quotes and facts)"}`;
  }
  // Blank to JavaScript's trim (spaces only) is the schema's "too short"; this catches the rest.
  if (value.trim() !== "" && invisible.test(value)) {
    const seen = [...new Set([...value].map((char) => describeCodePoint(char.codePointAt(0) ?? 0)))];
    return `has no visible character (only ${seen.slice(0, 3).join(", ")}${seen.length > 3 ? ", …" : ""})`;
  }
  return null;
}

/**
 * Every string in the file, read as the reader will see it: no control characters (which show as
 * boxes, or ring a terminal's bell in `npm run validate`), and none that is blank to the eye (a label
 * of zero-width spaces draws an invisible node). Runs on the raw value, beside the schema, so one
 * pass lists these with every other error.
 */
export function findUnsafeText(data: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const visit = (value: unknown, path: PropertyKey[], key: PropertyKey | undefined) => {
    if (typeof value === "string") {
      const message = unsafeTextMessage(value, typeof key === "string" && proseKeys.has(key));
      if (message) errors.push({ path: formatPath(path), message });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index], key));
    else if (value !== null && typeof value === "object") {
      for (const [name, item] of Object.entries(value)) if (name !== "$schema") visit(item, [...path, name], name);
    }
  };
  visit(data, [], undefined);
  return errors;
}
