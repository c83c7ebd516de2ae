import { describe, expect, it } from "vitest";
import { csvFromDataset, type CsvFile } from "../../../src/csv/csvFromDataset";
import { readCsvDataset } from "../../../src/csv/readCsvDataset";
import type { Dataset } from "../../../src/model/schema";
import { validateDataset } from "../../../src/model/validateDataset";
import { formatValidationError } from "../../../src/model/validationError";
import { tinyDataset } from "../fixtures";

/** Every message an import gives, as the CLI and the app print them. */
function messages(files: CsvFile[]): string[] {
  const csv = readCsvDataset(files);
  const validation = validateDataset(csv.value);
  return [...csv.errors, ...(validation.ok ? [] : csv.locate(validation.errors))].map(formatValidationError);
}

const filesOf = (data: Dataset) => csvFromDataset(data);
/** Replaces text in one file of the set. */
const edit = (files: CsvFile[], name: string, from: string | RegExp, to: string) =>
  files.map((file) => (file.name === name ? { ...file, text: file.text.replace(from, to) } : file));
const drop = (files: CsvFile[], name: string) => files.filter((file) => file.name !== name);

describe("messages for CSV files", () => {
  it("accepts the files of a valid dataset", () => {
    expect(messages(filesOf(tinyDataset()))).toEqual([]);
  });

  it("places a story step's errors in its cells of steps.csv", () => {
    const data = tinyDataset();
    data.story = { steps: [{ id: "s", title: "S", text: "A step.", without: ["hub"], annotations: [{ target: "a", text: "Note." }] }] };
    const files = edit(edit(filesOf(data), "steps.csv", ",hub,", ",hubb,"), "steps.csv", "a: Note.", "zz: Note.");
    expect(messages(files)).toEqual([
      'steps.csv, row 2, without: there is no node "hubb". Did you mean "hub"?',
      'steps.csv, row 2, notes: there is no node or tie "zz"',
    ]);
  });

  it("names a wrong state word by file, row and column, with the state meant", () => {
    const data = tinyDataset() as unknown as { ties: { status: Record<string, string> }[] };
    data.ties[4]!.status.later = "at risk";
    expect(messages(filesOf(data as unknown as Dataset))).toEqual([
      'ties.csv, row 6, status_later: "at risk" is not a state. Did you mean "at-risk"?',
    ]);
  });

  it("names a misspelt member with the node meant", () => {
    const data = tinyDataset();
    data.ties[2]!.members[1] = "hubb";
    expect(messages(filesOf(data))).toEqual(['ties.csv, row 4, members: there is no node "hubb". Did you mean "hub"?']);
  });

  it("says in plain words that a tie has no quotes", () => {
    const data = tinyDataset();
    data.ties[3]!.quotes = [];
    expect(messages(filesOf(data))).toEqual(["ties.csv, row 5: has no quotes: every tie needs at least one"]);
  });

  it("names an unknown column with the column meant", () => {
    const files = edit(filesOf(tinyDataset()), "nodes.csv", "id,label,", "id,lable,");
    // Said once, not again as a missing label in every row.
    expect(messages(files)).toEqual(['nodes.csv, row 1, lable: "lable" is not a column of nodes.csv. Did you mean "label"?']);
  });

  it("names a status column for a scenario that does not exist, and a missing one once", () => {
    const files = edit(filesOf(tinyDataset()), "ties.csv", "status_later", "status_latr");
    expect(messages(files)).toEqual([
      'ties.csv, row 1, status_latr: there is no scenario "latr" in scenarios.csv. Did you mean "status_later"?',
      "ties.csv, row 1: has no column status_later: every scenario needs one, with each tie's state in it",
    ]);
  });

  it("names a quote whose tie does not exist, with the tie meant", () => {
    const got = messages(edit(filesOf(tinyDataset()), "quotes.csv", /\nhub-b,/, "\nhub-bb,"));
    expect(got).toContain('quotes.csv, row 3, tie: there is no tie "hub-bb" in ties.csv. Did you mean "hub-b"?');
    expect(got).toContain("ties.csv, row 3: has no quotes: every tie needs at least one");
  });

  it("refuses a reported cell that is not yes or no", () => {
    const files = edit(filesOf(tinyDataset()), "quotes.csv", /^(\ufeff[^\n]*\n[^\n]*?),(,[^,\n]*)$/m, "$1,maybe$2");
    expect(messages(files)).toEqual(['quotes.csv, row 2, reported: "maybe" should be yes or no, or left blank']);
  });

  it("names unknown meta keys and a missing meta value", () => {
    let files = edit(filesOf(tinyDataset()), "meta.csv", "\ntitle,", "\ntitel,");
    files = edit(files, "meta.csv", "\nas_of,", "\nas of,");
    expect(messages(files)).toEqual([
      'meta.csv, row 2, key: "titel" is not a key of meta.csv. Did you mean "title"?',
      "meta.csv, title: is missing",
    ]);
  });

  it("says which files are missing and which are not part of a dataset", () => {
    const files = [...drop(drop(filesOf(tinyDataset()), "quotes.csv"), "scenarios.csv"), { name: "people.csv", text: "id\nx\n" }];
    const got = messages(files);
    expect(got[0]).toMatch(
      /^people\.csv: is not one of the files of a dataset \(meta\.csv, scenarios\.csv, nodes\.csv, ties\.csv, quotes\.csv/,
    );
    expect(got[1]).toBe(
      "scenarios.csv: is missing: a dataset needs meta.csv, scenarios.csv, nodes.csv, ties.csv, quotes.csv (also missing: quotes.csv)",
    );
  });

  it("takes source and target (Flourish) or from and to (Kumu) for a two-member tie", () => {
    const flourish = edit(filesOf(tinyDataset()), "ties.csv", /^\ufeffid,members,/, "\ufeffid,source,target,members,");
    const rows = (file: CsvFile | undefined) => file?.text.split("\n") ?? [];
    const ties = rows(flourish.find((f) => f.name === "ties.csv")).map((line, k) =>
      k === 0 || line === ""
        ? line
        : line.replace(/^([^,]+),([a-z]+)\|([a-z]+),/, "$1,$2,$3,,").replace(/^([^,]+),([^,|]+\|[^,]+),/, "$1,,,$2,"),
    );
    const withPairs = flourish.map((f) => (f.name === "ties.csv" ? { ...f, text: ties.join("\n") } : f));
    const csv = readCsvDataset(withPairs);
    expect(csv.errors).toEqual([]);
    expect(csv.value).toEqual(tinyDataset());
    const kumu = withPairs.map((f) => (f.name === "ties.csv" ? { ...f, text: f.text.replace("id,source,target,", "ID,From,To,") } : f));
    expect(readCsvDataset(kumu).value).toEqual(tinyDataset());
    const misspelt = withPairs.map((f) =>
      f.name === "ties.csv" ? { ...f, text: f.text.replace(/\nhub-a,hub,a,/, "\nhub-a,hubb,a,") } : f,
    );
    expect(messages(misspelt)).toEqual(['ties.csv, row 2, source: there is no node "hubb". Did you mean "hub"?']);
  });

  it("reads files named as Google Sheets downloads them, with tabs or semicolons", () => {
    const files = filesOf(tinyDataset()).map((file) => ({
      name: `Tiny network - ${file.name}`,
      text: file.name === "nodes.csv" ? file.text.replaceAll(",", "\t") : file.text,
    }));
    const csv = readCsvDataset(files);
    expect(csv.errors).toEqual([]);
    expect(csv.value).toEqual(tinyDataset());
    expect(messages(edit(files, "Tiny network - ties.csv", /\nhub-a,hub\|a,/, "\nhub-a,hubb|a,"))).toEqual([
      'Tiny network - ties.csv, row 2, members: there is no node "hubb". Did you mean "hub"?',
    ]);
  });
});
