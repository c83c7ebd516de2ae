import { describe, expect, it } from "vitest";
import { tableOfFile } from "../../../src/csv/csvLayout";
import { detectDelimiter, parseTable } from "../../../src/csv/parseTable";

const cellsOf = (text: string) => parseTable("t.csv", text).rows.map((row) => ({ row: row.row, ...Object.fromEntries(row.cells) }));

describe("parseTable", () => {
  it("drops a byte-order mark and reads CRLF, quoted commas and line breaks", () => {
    expect(cellsOf('\ufeffid,text\r\na,"one, two"\r\nb,"a ""quoted""\nline"\r\n')).toEqual([
      { row: 2, id: "a", text: "one, two" },
      { row: 3, id: "b", text: 'a "quoted"\nline' },
    ]);
  });

  it("skips empty rows but keeps counting them, as the spreadsheet numbers rows", () => {
    expect(cellsOf("id,label\n\na,A\n,\n  ,  \nb,B\n")).toEqual([
      { row: 3, id: "a", label: "A" },
      { row: 6, id: "b", label: "B" },
    ]);
  });

  it("makes headers case-insensitive snake_case, keeping hyphens of scenario ids", () => {
    expect(parseTable("t.csv", "ID, Short Label ,STATUS_last-year\nx,y,z\n").headers).toEqual(["id", "short_label", "status_last-year"]);
  });

  it("detects the delimiter from the header row", () => {
    expect(detectDelimiter("id\tlabel\tkind\na,b,c")).toBe("\t");
    expect(detectDelimiter("id;label;kind\n")).toBe(";");
    expect(detectDelimiter("id,label\n")).toBe(",");
    expect(detectDelimiter("id\n")).toBe(",");
    expect(cellsOf("id;label\na;Ä, b\n")).toEqual([{ row: 2, id: "a", label: "Ä, b" }]);
    expect(cellsOf("id\tlabel\na\tb, c\n")).toEqual([{ row: 2, id: "a", label: "b, c" }]);
  });

  it("trims cells and gives missing trailing cells as blank", () => {
    expect(cellsOf("id,label,kind\n a , b \n")).toEqual([{ row: 2, id: "a", label: "b", kind: "" }]);
  });
});

describe("tableOfFile", () => {
  it("knows a table by its file's name, as saved by hand or downloaded from Google Sheets", () => {
    expect(tableOfFile("ties.csv")).toBe("ties");
    expect(tableOfFile("Nodes.TSV")).toBe("nodes");
    expect(tableOfFile("My network - quotes.csv")).toBe("quotes");
    expect(tableOfFile("folder/meta.txt")).toBe("meta");
    expect(tableOfFile("my_scenarios.csv")).toBe("scenarios");
    expect(tableOfFile("people.csv")).toBeUndefined();
    expect(tableOfFile("subties.csv")).toBeUndefined();
  });
});
