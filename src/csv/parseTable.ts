import { dsvFormat } from "d3-dsv";
import { normalizeHeader } from "./csvLayout";

export type TableRow = {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Map<string, string>;
};

export type Table = {
  file: string;
  /** Normalized headers (`short_label`), in the file's order. */
  headers: string[];
  rows: TableRow[];
};

/**
 * The delimiter of a file, from its header row: tab (a TSV, or cells pasted from a sheet),
 * semicolon (Excel where the decimal mark is a comma) or comma.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = ["\t", ";", ","].map((ch) => ({ ch, n: count(ch) }));
  const best = candidates.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.ch : ",";
}

/**
 * One file of a spreadsheet export into rows of cells by column name. A byte-order mark is
 * dropped, the delimiter detected, headers made case-insensitive snake_case; empty rows are
 * skipped but still counted, so row numbers match what the spreadsheet shows.
 */
export function parseTable(file: string, text: string): Table {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  const rows = dsvFormat(detectDelimiter(body)).parseRows(body);
  const [head = [], ...rest] = rows;
  const headers = head.map(normalizeHeader);
  const out: TableRow[] = [];
  rest.forEach((cells, k) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const map = new Map<string, string>();
    headers.forEach((header, c) => {
      if (header !== "") map.set(header, (cells[c] ?? "").trim());
    });
    out.push({ row: k + 2, cells: map });
  });
  return { file, headers, rows: out };
}
