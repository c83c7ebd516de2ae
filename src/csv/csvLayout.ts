/**
 * The spreadsheet layout of a dataset: one file (one tab) per table, a header row, one row per
 * item. Shared by the importer, the exporter and the README, so the three cannot drift apart.
 */

export const tableNames = ["meta", "scenarios", "nodes", "ties", "quotes", "background", "states", "roles", "steps"] as const;
export type TableName = (typeof tableNames)[number];

export const requiredTables: readonly TableName[] = ["meta", "scenarios", "nodes", "ties", "quotes"];

/** The columns of each file, in the order the exporter writes them. `ties` adds per-scenario columns. */
export const tableColumns: Record<TableName, readonly string[]> = {
  meta: ["key", "value"],
  scenarios: ["id", "label", "description", "kind"],
  nodes: ["id", "label", "short_label", "kind", "role"],
  ties: ["id", "members", "kind", "label", "summary", "feared"],
  quotes: ["tie", "text", "speaker", "affiliation", "reported", "supports"],
  background: ["tie", "fact", "citation_title", "citation_url", "citation_publisher"],
  states: ["state", "label", "description"],
  roles: ["role", "label", "description"],
  steps: [
    "id",
    "title",
    "text",
    "view",
    "scenario",
    "select_tie",
    "select_node",
    "highlight_nodes",
    "highlight_ties",
    "without",
    "compare",
    "notes",
  ],
};

/**
 * A step's notes share one cell, one per line, each `target: text` (a tie or node id, then the
 * note): ids never hold a colon, so the first one ends the target.
 */
export const noteSeparator = "\n";

/** A two-member tie may name its members as Flourish (source, target) or Kumu (from, to) do. */
export const pairColumns = [
  ["source", "target"],
  ["from", "to"],
] as const;

/** The columns a tie has once per scenario: `status_<scenario id>`, `inferred_<scenario id>`. */
export const statusPrefix = "status_";
export const inferredPrefix = "inferred_";

/** The keys of meta.csv, each with the dataset field it fills. */
export const metaKeys = [
  "title",
  "description",
  "as_of",
  "source_publisher",
  "source_title",
  "source_date",
  "source_url",
  "source_note",
  "default_view",
  "default_scenario",
  "resilience_caveat_text",
  "resilience_caveat_speaker",
  "resilience_caveat_affiliation",
  "resilience_caveat_reported",
  "resilience_caveat_supports",
  "hub_description",
  "lattice_description",
  "lattice_centre",
  "json_schema",
] as const;
export type MetaKey = (typeof metaKeys)[number];

/** Several values in one cell (members, scenario ids, feared, supports, the lattice's centre) are separated by `|`. */
export const listSeparator = "|";

/**
 * `Short Label` and `SHORT_LABEL` are both `short_label`. Hyphens stay: they belong to scenario
 * ids (`status_last-year`).
 */
export const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, "_");

/**
 * Which table a file holds, from its name: `ties.csv`, `Ties.tsv`, or the name Google Sheets gives
 * a downloaded tab, `My network - ties.csv`.
 */
export function tableOfFile(fileName: string): TableName | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base
    .replace(/\.(csv|tsv|txt)$/i, "")
    .trim()
    .toLowerCase();
  return tableNames.find((name) => stem === name || new RegExp(`(^|[\\s_-])${name}$`).test(stem));
}

export const isCsvName = (fileName: string) => /\.(csv|tsv|txt)$/i.test(fileName);
