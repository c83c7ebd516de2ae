import { csvFormatRows } from "d3-dsv";
import type { Dataset } from "../model/schema";
import { inferredPrefix, listSeparator, noteSeparator, statusPrefix, tableColumns, type MetaKey, type TableName } from "./csvLayout";

export type CsvFile = { name: string; text: string };

const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
const list = (values: readonly string[] | undefined) => (values ?? []).join(listSeparator);

/**
 * A dataset as the files of a spreadsheet: the inverse of `datasetFromTables`, so JSON → CSV → JSON
 * gives back the same dataset. Each file starts with a byte-order mark, which tells Excel the file
 * is UTF-8 (curly quotes and accents survive); Google Sheets ignores it.
 */
export function csvFromDataset(dataset: Dataset): CsvFile[] {
  const files: CsvFile[] = [];
  const write = (name: TableName, header: readonly string[], rows: (string | undefined)[][]) =>
    files.push({
      name: `${name}.csv`,
      text: `\ufeff${csvFormatRows([[...header], ...rows.map((row) => row.map((cell) => cell ?? ""))])}\n`,
    });

  const { meta } = dataset;
  const metaRows: [MetaKey, string | undefined][] = [
    ["title", meta.title],
    ["description", meta.description],
    ["as_of", meta.asOf],
    ["source_publisher", meta.source.publisher],
    ["source_title", meta.source.title],
    ["source_date", meta.source.date],
    ["source_url", meta.source.url],
    ["source_note", meta.source.note],
    ["default_view", dataset.defaults.view],
    ["default_scenario", dataset.defaults.scenario],
    ["resilience_caveat_text", meta.resilience?.caveat.text],
    ["resilience_caveat_speaker", meta.resilience?.caveat.speaker],
    ["resilience_caveat_affiliation", meta.resilience?.caveat.affiliation],
    ["resilience_caveat_reported", meta.resilience?.caveat.reported !== undefined ? yesNo(meta.resilience.caveat.reported) : undefined],
    ["resilience_caveat_supports", meta.resilience?.caveat.supports && list(meta.resilience.caveat.supports)],
    ["hub_description", meta.views?.hub?.description],
    ["lattice_description", meta.views?.lattice?.description],
    ["lattice_centre", meta.views?.lattice?.centre && list(meta.views.lattice.centre)],
    ["json_schema", dataset.$schema],
  ];
  write(
    "meta",
    tableColumns.meta,
    metaRows.filter(([, value]) => value !== undefined),
  );
  write(
    "scenarios",
    tableColumns.scenarios,
    dataset.scenarios.map((s) => [s.id, s.label, s.description, s.kind]),
  );
  write(
    "nodes",
    tableColumns.nodes,
    dataset.nodes.map((n) => [n.id, n.label, n.shortLabel, n.kind, n.role]),
  );
  const ids = dataset.scenarios.map((s) => s.id);
  write(
    "ties",
    [...tableColumns.ties, ...ids.map((id) => `${statusPrefix}${id}`), ...ids.map((id) => `${inferredPrefix}${id}`)],
    dataset.ties.map((t) => [
      t.id,
      list(t.members),
      t.kind,
      t.label,
      t.summary,
      t.feared && list(t.feared),
      ...ids.map((id) => t.status[id]),
      ...ids.map((id) => t.inferred?.[id]),
    ]),
  );
  write(
    "quotes",
    tableColumns.quotes,
    dataset.ties.flatMap((t) =>
      t.quotes.map((q) => [t.id, q.text, q.speaker, q.affiliation, yesNo(q.reported), q.supports && list(q.supports)]),
    ),
  );
  const background = dataset.ties.flatMap((t) =>
    (t.background ?? []).map((b) => [t.id, b.fact, b.citation.title, b.citation.url, b.citation.publisher]),
  );
  if (background.length > 0) write("background", tableColumns.background, background);
  const { legend } = dataset;
  if (legend?.states)
    write(
      "states",
      tableColumns.states,
      Object.entries(legend.states).map(([state, words]) => [state, words?.label, words?.description]),
    );
  if (legend?.roles)
    write(
      "roles",
      tableColumns.roles,
      Object.entries(legend.roles).map(([role, words]) => [role, words?.label, words?.description]),
    );
  const steps = dataset.story?.steps ?? [];
  if (steps.length > 0)
    write(
      "steps",
      tableColumns.steps,
      steps.map((step) => [
        step.id,
        step.title,
        step.text,
        step.view,
        step.scenario,
        step.select && "tie" in step.select ? step.select.tie : undefined,
        step.select && "node" in step.select ? step.select.node : undefined,
        step.highlight?.nodes && list(step.highlight.nodes),
        step.highlight?.ties && list(step.highlight.ties),
        step.without && list(step.without),
        step.compare && list(step.compare),
        step.annotations?.map((note) => `${note.target}: ${note.text}`).join(noteSeparator),
      ]),
    );
  return files;
}
