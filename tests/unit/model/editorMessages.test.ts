import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../../src/model/didYouMean";
import { validateDatasetText } from "../../../src/model/validateDataset";
import { formatValidationError } from "../../../src/model/validationError";
import { tinyDataset } from "../fixtures";

const messagesOf = (text: string) => {
  const result = validateDatasetText(text);
  return result.ok ? [] : result.errors.map(formatValidationError);
};
/** Line and column (from 1) of the n-th occurrence of `needle` in `text`. */
const at = (text: string, needle: string, nth = 0) => {
  let offset = -1;
  for (let k = 0; k <= nth; k++) offset = text.indexOf(needle, offset + 1);
  const before = text.slice(0, offset);
  return `line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`;
};

describe("did you mean", () => {
  it("counts a swap of two letters as one slip", () => {
    expect(editDistance("polnad", "poland")).toBe(1);
    expect(editDistance("at risk", "at-risk")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests only what is near enough to be a slip", () => {
    expect(closest("polnad", ["norway", "poland", "portugal"])).toBe("poland");
    expect(closest("Strained", ["strained", "steady"])).toBe("strained");
    expect(closest("friendly", ["steady", "strained", "absent"])).toBeUndefined();
    expect(closest("x", [])).toBeUndefined();
  });
});

describe("messages for JSON files", () => {
  it("names a misspelt member by the tie's id, with the node meant, and its line and column", () => {
    const data = tinyDataset();
    data.nodes[2]!.id = "poland";
    data.ties[1]!.members[1] = "poland";
    data.ties[2]!.members[1] = "polnad";
    const text = JSON.stringify(data, null, 2);
    expect(messagesOf(text)).toEqual([
      `ties[2] ("a-b"), members[1]: there is no node "polnad". Did you mean "poland"? (${at(text, '"polnad"')})`,
    ]);
  });

  it("says in plain words that a tie has no quotes, pointing at the tie", () => {
    const data = tinyDataset() as unknown as { ties: Record<string, unknown>[] };
    delete data.ties[3]!.quotes;
    const text = JSON.stringify(data, null, 2);
    const tieStart = text.lastIndexOf("{", text.indexOf('"id": "hub-a-c"'));
    const line = text.slice(0, tieStart).split("\n").length;
    expect(messagesOf(text)).toEqual([`ties[3] ("hub-a-c"): has no quotes: every tie needs at least one (line ${line}, column 5)`]);
  });

  it("suggests the state meant for a wrong state word", () => {
    const data = tinyDataset() as unknown as { ties: { status: Record<string, string> }[] };
    data.ties[0]!.status.later = "at risk";
    const text = JSON.stringify(data, null, 2);
    expect(messagesOf(text)).toEqual([
      `ties[0] ("hub-a"), status.later: "at risk" is not a state. Did you mean "at-risk"? (${at(text, '"later": "at risk"')})`,
    ]);
  });

  it("suggests the field meant for a misspelt field, and the role meant", () => {
    const data = tinyDataset() as unknown as { nodes: Record<string, unknown>[] };
    data.nodes[1]!.shortLable = "A";
    data.nodes[2]!.role = "aly";
    const text = JSON.stringify(data, null, 2);
    expect(messagesOf(text)).toEqual([
      `nodes[1] ("a"), shortLable: "shortLable" is not a field here. Did you mean "shortLabel"? (${at(text, '"shortLable"')})`,
      `nodes[2] ("b"), role: "aly" is not a role. Did you mean "ally"? (${at(text, '"role": "aly"')})`,
    ]);
  });

  it("names a state or role in the legend that does not exist", () => {
    const data = tinyDataset() as unknown as Record<string, unknown>;
    data.legend = { states: { strainned: { label: "Tense" } }, roles: { hubb: { label: "Centre" } } };
    const got = messagesOf(JSON.stringify(data, null, 2));
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^legend\.states\.strainned: "strainned" is not a state\. Did you mean "strained"\? \(line \d+, column 7\)$/);
    expect(got[1]).toMatch(/^legend\.roles\.hubb: "hubb" is not a role\. Did you mean "hub"\? \(line \d+, column 7\)$/);
  });

  it("gives a trailing comma's line and column, and the line with a caret under the comma", () => {
    const text = '{\n  "nodes": [\n    "a",\n    "b",\n  ]\n}\n';
    expect(messagesOf(text)).toEqual([
      'the file: not valid JSON: remove this comma: nothing follows it before "]" (line 4, column 8)\n4 |     "b",\n           ^',
    ]);
  });

  it("gives other syntax errors in words, with the place", () => {
    expect(messagesOf('{\n  "a": 1\n  "b": 2\n}')[0]).toBe(
      'the file: not valid JSON: expected "," or "}", found "\\"": is a comma missing? (line 3, column 3)\n3 |   "b": 2\n      ^',
    );
    expect(messagesOf("{ 'a': 1 }")[0]).toMatch(
      /^the file: not valid JSON: expected a name in double quotes, found "'" \(line 1, column 3\)/,
    );
    expect(messagesOf('{"a": "b')[0]).toMatch(/^the file: not valid JSON: this text has no closing quote/);
    expect(messagesOf('{"a": [1, 2]')[0]).toMatch(/^the file: not valid JSON: expected "," or "}", found the end of the file/);
  });

  it("shows the stretch around the column of a long line", () => {
    const text = `{"a": [${"1, ".repeat(100)}]}`;
    const [message] = messagesOf(text);
    const [, excerpt = "", caret = ""] = (message ?? "").split("\n");
    expect(excerpt.length).toBeLessThan(140);
    expect(excerpt[caret.length - 1]).toBe(",");
  });
});
