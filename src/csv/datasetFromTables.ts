import { closest, didYouMean } from "../model/didYouMean";
import { formatPath } from "../model/formatPath";
import type { ValidationError } from "../model/validationError";
import {
  inferredPrefix,
  listSeparator,
  metaKeys,
  noteSeparator,
  pairColumns,
  requiredTables,
  statusPrefix,
  tableColumns,
  tableNames,
  tableOfFile,
  type MetaKey,
  type TableName,
} from "./csvLayout";
import { formatPlace, type CsvPlace } from "./csvPlace";
import type { Table, TableRow } from "./parseTable";

type Json = Record<string, unknown>;

export type CsvBuild = {
  /** The dataset as JSON would give it, for the validator to judge like any other. */
  value: Json;
  /** Where each value came from, by its path (`ties[3].status.trump`). */
  places: Map<string, CsvPlace>;
  /** What is wrong with the files themselves: unknown files and columns, values no JSON field takes. */
  errors: ValidationError[];
};

const split = (cell: string) =>
  cell
    .split(listSeparator)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Builds a dataset from the tables of a spreadsheet export. It checks only what the JSON cannot
 * say (files, columns, yes/no cells); everything else is the validator's job, and its errors are
 * placed back in the files with `places`.
 */
export function datasetFromTables(tables: readonly Table[]): CsvBuild {
  const errors: ValidationError[] = [];
  const places = new Map<string, CsvPlace>();
  const fail = (place: CsvPlace, message: string) => errors.push({ path: "(root)", where: formatPlace(place), message });
  const put = (path: PropertyKey[], place: CsvPlace) => places.set(formatPath(path), place);

  const byName = new Map<TableName, Table>();
  for (const table of tables) {
    const name = tableOfFile(table.file);
    if (name === undefined) {
      fail(
        { file: table.file },
        `is not one of the files of a dataset (${tableNames.map((n) => `${n}.csv`).join(", ")}); name the file, or the tab, after its table`,
      );
      continue;
    }
    const other = byName.get(name);
    if (other) fail({ file: table.file }, `holds ${name} too, as ${other.file} does: give only one ${name} file`);
    else byName.set(name, table);
  }
  const missing = requiredTables.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    fail(
      { file: `${missing[0]}.csv` },
      `is missing: a dataset needs ${requiredTables.map((n) => `${n}.csv`).join(", ")}${
        missing.length > 1
          ? ` (also missing: ${missing
              .slice(1)
              .map((n) => `${n}.csv`)
              .join(", ")})`
          : ""
      }`,
    );
  }

  const rowsOf = (name: TableName): TableRow[] => byName.get(name)?.rows ?? [];
  const fileOf = (name: TableName) => byName.get(name)?.file ?? `${name}.csv`;
  const cell = (row: TableRow, column: string) => row.cells.get(column) ?? "";
  /** Sets `target[key]` from a cell when it is not blank, and notes where it came from. */
  const take = (target: Json, key: string, path: PropertyKey[], name: TableName, row: TableRow, column: string) => {
    const value = cell(row, column);
    put([...path, key], { file: fileOf(name), row: row.row, column, reportedOnce: misspelt.has(`${name}/${column}`) });
    if (value !== "") target[key] = value;
  };

  // Meta first: the scenario ids name the status columns of ties.csv.
  const meta = new Map<MetaKey, { value: string; row: number }>();
  for (const row of rowsOf("meta")) {
    const written = cell(row, "key");
    const key = written
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    if (!(metaKeys as readonly string[]).includes(key)) {
      fail(
        { file: fileOf("meta"), row: row.row, column: "key" },
        `"${written}" is not a key of meta.csv.${didYouMean(key, metaKeys)}`.replace(/\.$/, ""),
      );
      continue;
    }
    if (meta.has(key as MetaKey)) {
      fail({ file: fileOf("meta"), row: row.row, column: "key" }, `"${key}" is given twice: keep one row`);
      continue;
    }
    meta.set(key as MetaKey, { value: cell(row, "value"), row: row.row });
  }
  const metaValue = (key: MetaKey, path: PropertyKey[]): string | undefined => {
    const entry = meta.get(key);
    put(path, { file: fileOf("meta"), row: entry?.row, column: key });
    return entry && entry.value !== "" ? entry.value : undefined;
  };
  const set = (target: Json, key: string, value: unknown) => {
    if (value !== undefined) target[key] = value;
  };
  /** A yes/no cell: true, false, or undefined when blank (a quote's `reported`). */
  const yesNo = (written: string, place: CsvPlace): boolean | undefined => {
    const word = written.trim().toLowerCase();
    if (["yes", "true", "y"].includes(word)) return true;
    if (["no", "false", "n"].includes(word)) return false;
    if (word !== "") fail(place, `"${written}" should be yes or no, or left blank`);
    return undefined;
  };

  const scenarioIds = rowsOf("scenarios").map((row) => cell(row, "id"));

  // Columns: every unknown one is named, with the nearest known one.
  const misspelt = new Set<string>();
  for (const [name, table] of byName) {
    const known = new Set(tableColumns[name]);
    if (name === "ties") {
      for (const [a, b] of pairColumns) known.add(a).add(b);
      for (const id of scenarioIds) known.add(`${statusPrefix}${id}`).add(`${inferredPrefix}${id}`);
    }
    table.headers.forEach((header) => {
      if (header === "" || known.has(header)) return;
      const place = { file: table.file, row: 1, column: header };
      if (name === "ties" && (header.startsWith(statusPrefix) || header.startsWith(inferredPrefix))) {
        const id = header.slice(header.startsWith(statusPrefix) ? statusPrefix.length : inferredPrefix.length);
        fail(place, `there is no scenario "${id}" in scenarios.csv.${didYouMean(header, known)}`.replace(/\.$/, ""));
        return;
      }
      fail(place, `"${header}" is not a column of ${name}.csv.${didYouMean(header, known)}`.replace(/\.$/, ""));
      // A misspelt column leaves its real one empty in every row: that is said here, once.
      const meant = closest(header, known);
      if (meant !== undefined && !table.headers.includes(meant)) misspelt.add(`${name}/${meant}`);
    });
  }

  const value: Json = {};
  set(value, "$schema", metaValue("json_schema", ["$schema"]));
  const source: Json = {};
  set(source, "publisher", metaValue("source_publisher", ["meta", "source", "publisher"]));
  set(source, "title", metaValue("source_title", ["meta", "source", "title"]));
  set(source, "date", metaValue("source_date", ["meta", "source", "date"]));
  set(source, "url", metaValue("source_url", ["meta", "source", "url"]));
  set(source, "note", metaValue("source_note", ["meta", "source", "note"]));
  const metaObject: Json = {};
  set(metaObject, "title", metaValue("title", ["meta", "title"]));
  set(metaObject, "description", metaValue("description", ["meta", "description"]));
  metaObject.source = source;
  put(["meta", "source"], { file: fileOf("meta"), column: "source_publisher" });
  set(metaObject, "asOf", metaValue("as_of", ["meta", "asOf"]));
  // The resilience figure's caveat is a quote, spread over five keys (resilience_caveat_*).
  const caveatPath = ["meta", "resilience", "caveat"];
  const caveat: Json = {};
  set(caveat, "text", metaValue("resilience_caveat_text", [...caveatPath, "text"]));
  set(caveat, "speaker", metaValue("resilience_caveat_speaker", [...caveatPath, "speaker"]));
  set(caveat, "affiliation", metaValue("resilience_caveat_affiliation", [...caveatPath, "affiliation"]));
  const reportedRow = meta.get("resilience_caveat_reported")?.row;
  const reportedCell = metaValue("resilience_caveat_reported", [...caveatPath, "reported"]);
  if (reportedCell !== undefined)
    set(caveat, "reported", yesNo(reportedCell, { file: fileOf("meta"), row: reportedRow, column: "resilience_caveat_reported" }));
  const caveatSupports = metaValue("resilience_caveat_supports", [...caveatPath, "supports"]);
  if (caveatSupports !== undefined) {
    caveat.supports = split(caveatSupports);
    split(caveatSupports).forEach((_, k) =>
      put([...caveatPath, "supports", k], {
        file: fileOf("meta"),
        row: meta.get("resilience_caveat_supports")?.row,
        column: "resilience_caveat_supports",
      }),
    );
  }
  if (Object.keys(caveat).length > 0) {
    metaObject.resilience = { caveat };
    put(["meta", "resilience"], { file: fileOf("meta"), column: "resilience_caveat_text" });
    put(caveatPath, { file: fileOf("meta"), row: meta.get("resilience_caveat_text")?.row, column: "resilience_caveat_text" });
  }
  const hubText = metaValue("hub_description", ["meta", "views", "hub", "description"]);
  const latticeText = metaValue("lattice_description", ["meta", "views", "lattice", "description"]);
  const centre = metaValue("lattice_centre", ["meta", "views", "lattice", "centre"]);
  if (hubText !== undefined || latticeText !== undefined || centre !== undefined) {
    const views: Json = {};
    if (hubText !== undefined) views.hub = { description: hubText };
    if (latticeText !== undefined || centre !== undefined) {
      const lattice: Json = {};
      set(lattice, "description", latticeText);
      if (centre !== undefined) {
        lattice.centre = split(centre);
        split(centre).forEach((_, k) =>
          put(["meta", "views", "lattice", "centre", k], {
            file: fileOf("meta"),
            row: meta.get("lattice_centre")?.row,
            column: "lattice_centre",
          }),
        );
      }
      views.lattice = lattice;
    }
    metaObject.views = views;
  }
  value.meta = metaObject;
  put(["meta"], { file: fileOf("meta") });

  value.scenarios = rowsOf("scenarios").map((row, i) => {
    const scenario: Json = {};
    put(["scenarios", i], { file: fileOf("scenarios"), row: row.row });
    for (const [key, column] of [
      ["id", "id"],
      ["label", "label"],
      ["description", "description"],
      ["kind", "kind"],
    ] as const)
      take(scenario, key, ["scenarios", i], "scenarios", row, column);
    return scenario;
  });
  put(["scenarios"], { file: fileOf("scenarios") });

  const defaults: Json = {};
  set(defaults, "view", metaValue("default_view", ["defaults", "view"]));
  set(defaults, "scenario", metaValue("default_scenario", ["defaults", "scenario"]));
  value.defaults = defaults;
  put(["defaults"], { file: fileOf("meta") });

  const legend: Json = {};
  for (const [name, column] of [
    ["states", "state"],
    ["roles", "role"],
  ] as const) {
    if (!byName.has(name)) continue;
    const entries: Json = {};
    for (const row of rowsOf(name)) {
      const key = cell(row, column);
      const entry: Json = {};
      put(["legend", name, key], { file: fileOf(name), row: row.row, column });
      take(entry, "label", ["legend", name, key], name, row, "label");
      take(entry, "description", ["legend", name, key], name, row, "description");
      entries[key] = entry;
    }
    legend[name] = entries;
  }
  if (Object.keys(legend).length > 0) value.legend = legend;

  value.nodes = rowsOf("nodes").map((row, i) => {
    const node: Json = {};
    put(["nodes", i], { file: fileOf("nodes"), row: row.row });
    for (const [key, column] of [
      ["id", "id"],
      ["label", "label"],
      ["shortLabel", "short_label"],
      ["kind", "kind"],
      ["role", "role"],
    ] as const)
      take(node, key, ["nodes", i], "nodes", row, column);
    return node;
  });
  put(["nodes"], { file: fileOf("nodes") });

  // Only the status and inferred columns of known scenarios: the others are reported above.
  const tieColumns = (byName.get("ties")?.headers ?? []).filter((header) =>
    scenarioIds.some((id) => header === `${statusPrefix}${id}` || header === `${inferredPrefix}${id}`),
  );
  const missingStatus = byName.has("ties") ? scenarioIds.filter((id) => id !== "" && !tieColumns.includes(`${statusPrefix}${id}`)) : [];
  for (const id of missingStatus)
    fail({ file: fileOf("ties"), row: 1 }, `has no column ${statusPrefix}${id}: every scenario needs one, with each tie's state in it`);
  const tieRows = rowsOf("ties");
  const tieIndex = new Map(tieRows.map((row, i) => [cell(row, "id"), i]));
  const ties: Json[] = tieRows.map((row, t) => {
    const path = ["ties", t];
    const place = { file: fileOf("ties"), row: row.row };
    put(path, place);
    const tie: Json = {};
    take(tie, "id", path, "ties", row, "id");
    const listed = cell(row, "members");
    const pair = pairColumns.find(([a, b]) => cell(row, a) !== "" || cell(row, b) !== "");
    if (listed !== "" || !pair) {
      tie.members = split(listed);
      put([...path, "members"], { ...place, column: "members" });
      split(listed).forEach((_, m) => put([...path, "members", m], { ...place, column: "members" }));
    } else {
      tie.members = [cell(row, pair[0]), cell(row, pair[1])].filter(Boolean);
      put([...path, "members"], { ...place, column: `${pair[0]}, ${pair[1]}` });
      put([...path, "members", 0], { ...place, column: pair[0] });
      put([...path, "members", 1], { ...place, column: pair[1] });
    }
    take(tie, "kind", path, "ties", row, "kind");
    take(tie, "label", path, "ties", row, "label");
    take(tie, "summary", path, "ties", row, "summary");
    const status: Json = {};
    const inferred: Json = {};
    for (const header of tieColumns) {
      if (header.startsWith(statusPrefix)) take(status, header.slice(statusPrefix.length), [...path, "status"], "ties", row, header);
      if (header.startsWith(inferredPrefix))
        take(inferred, header.slice(inferredPrefix.length), [...path, "inferred"], "ties", row, header);
    }
    tie.status = status;
    put([...path, "status"], place);
    // The missing column is reported once, above, not once per tie.
    for (const id of missingStatus) put([...path, "status", id], { ...place, reportedOnce: true });
    if (Object.keys(inferred).length > 0) tie.inferred = inferred;
    const feared = split(cell(row, "feared"));
    put([...path, "feared"], { ...place, column: "feared" });
    feared.forEach((_, k) => put([...path, "feared", k], { ...place, column: "feared" }));
    if (feared.length > 0) tie.feared = feared;
    tie.quotes = [];
    put([...path, "quotes"], place);
    return tie;
  });

  const tieFor = (name: TableName, row: TableRow): Json | undefined => {
    const id = cell(row, "tie");
    const t = tieIndex.get(id);
    if (t !== undefined) return ties[t];
    const place = { file: fileOf(name), row: row.row, column: "tie" };
    if (id === "") fail(place, "is empty: name the tie (its id in ties.csv) this row belongs to");
    else fail(place, `there is no tie "${id}" in ties.csv.${didYouMean(id, tieIndex.keys())}`.replace(/\.$/, ""));
    return undefined;
  };

  for (const row of rowsOf("quotes")) {
    const tie = tieFor("quotes", row);
    if (!tie) continue;
    const quotes = tie.quotes as Json[];
    const path = ["ties", tieIndex.get(cell(row, "tie")) ?? 0, "quotes", quotes.length];
    put(path, { file: fileOf("quotes"), row: row.row });
    const quote: Json = {};
    take(quote, "text", path, "quotes", row, "text");
    take(quote, "speaker", path, "quotes", row, "speaker");
    take(quote, "affiliation", path, "quotes", row, "affiliation");
    const reportedPlace = { file: fileOf("quotes"), row: row.row, column: "reported" };
    put([...path, "reported"], reportedPlace);
    set(quote, "reported", yesNo(cell(row, "reported"), reportedPlace));
    const supports = split(cell(row, "supports"));
    put([...path, "supports"], { file: fileOf("quotes"), row: row.row, column: "supports" });
    supports.forEach((_, k) => put([...path, "supports", k], { file: fileOf("quotes"), row: row.row, column: "supports" }));
    if (supports.length > 0) quote.supports = supports;
    quotes.push(quote);
  }

  for (const row of rowsOf("background")) {
    const tie = tieFor("background", row);
    if (!tie) continue;
    const list = (tie.background ??= []) as Json[];
    const path = ["ties", tieIndex.get(cell(row, "tie")) ?? 0, "background", list.length];
    put(path, { file: fileOf("background"), row: row.row });
    const fact: Json = {};
    take(fact, "fact", path, "background", row, "fact");
    const citation: Json = {};
    take(citation, "publisher", [...path, "citation"], "background", row, "citation_publisher");
    take(citation, "title", [...path, "citation"], "background", row, "citation_title");
    take(citation, "url", [...path, "citation"], "background", row, "citation_url");
    put([...path, "citation"], { file: fileOf("background"), row: row.row });
    fact.citation = citation;
    list.push(fact);
  }

  value.ties = ties;
  put(["ties"], { file: fileOf("ties") });

  if (byName.has("steps")) {
    value.story = { steps: rowsOf("steps").map((row, s) => readStep(row, s)) };
    put(["story"], { file: fileOf("steps") });
    put(["story", "steps"], { file: fileOf("steps") });
  }
  return { value, places, errors };

  /** A row of steps.csv: plain cells, `|` lists, and the notes cell, one `target: text` per line. */
  function readStep(row: TableRow, s: number): Json {
    const path = ["story", "steps", s];
    const place = { file: fileOf("steps"), row: row.row };
    put(path, place);
    const step: Json = {};
    for (const [key, column] of [
      ["id", "id"],
      ["title", "title"],
      ["text", "text"],
      ["view", "view"],
      ["scenario", "scenario"],
    ] as const)
      take(step, key, path, "steps", row, column);
    const listAt = (column: string, at: PropertyKey[]) => {
      const values = split(cell(row, column));
      put(at, { ...place, column });
      values.forEach((_, k) => put([...at, k], { ...place, column }));
      return values.length > 0 ? values : undefined;
    };
    const tie = cell(row, "select_tie");
    const node = cell(row, "select_node");
    put([...path, "select"], { ...place, column: tie !== "" ? "select_tie" : "select_node" });
    put([...path, "select", "tie"], { ...place, column: "select_tie" });
    put([...path, "select", "node"], { ...place, column: "select_node" });
    // Both filled is refused by the schema (a step selects one thing), with this cell named.
    if (tie !== "" || node !== "") step.select = { ...(tie !== "" && { tie }), ...(node !== "" && { node }) };
    const nodes = listAt("highlight_nodes", [...path, "highlight", "nodes"]);
    const ties = listAt("highlight_ties", [...path, "highlight", "ties"]);
    put([...path, "highlight"], { ...place, column: "highlight_nodes" });
    if (nodes || ties) step.highlight = { ...(nodes && { nodes }), ...(ties && { ties }) };
    set(step, "without", listAt("without", [...path, "without"]));
    set(step, "compare", listAt("compare", [...path, "compare"]));
    const notes = cell(row, "notes")
      .split(noteSeparator)
      .map((line) => line.trim())
      .filter(Boolean);
    put([...path, "annotations"], { ...place, column: "notes" });
    if (notes.length > 0)
      step.annotations = notes.map((line, k) => {
        put([...path, "annotations", k], { ...place, column: "notes" });
        put([...path, "annotations", k, "target"], { ...place, column: "notes" });
        put([...path, "annotations", k, "text"], { ...place, column: "notes" });
        const colon = line.indexOf(":");
        return colon < 0 ? { target: line, text: "" } : { target: line.slice(0, colon).trim(), text: line.slice(colon + 1).trim() };
      });
    return step;
  }
}
