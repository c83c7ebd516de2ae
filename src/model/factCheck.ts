import { articleIndex, formatSpan } from "./articleIndex";
import { buildGraphModel } from "./graphModel";
import type { Quote } from "./schema";
import { stateGrounds } from "./stateGrounds";
import { stateLabel } from "./stateWording";
import { tieName } from "./tieName";
import { validateDataset } from "./validateDataset";
import { formatValidationError } from "./validationError";

export type FactCheck = { report: string[]; problems: string[] };

/** The passages a text puts in quotation marks, curly or straight. */
export const quotedFragments = (text: string): string[] =>
  [...text.matchAll(/[“"]([^”"]+)[”"]/g)].flatMap((match) => (match[1] ? [match[1]] : []));

/**
 * What an editor reads before publishing: for every tie and scenario, the state the graphic shows
 * and what grounds it (each quote with its line in the article, or the editors' inference), then
 * every problem: an invalid dataset, an ungrounded state, a quote not found verbatim.
 */
export function factCheck(data: unknown, article: string, excluded?: (line: string) => boolean): FactCheck {
  const validation = validateDataset(data);
  if (!validation.ok) return { report: [], problems: validation.errors.map(formatValidationError) };
  const dataset = validation.dataset;
  const model = buildGraphModel(dataset);
  const index = articleIndex(article, excluded);
  const report: string[] = [];
  const problems: string[] = [];
  const publisher = dataset.meta.source.publisher;

  const cite = (quote: Quote, path: string): string => {
    const span = index.locate(quote.text);
    const problem = `${path}: not found verbatim in the article: “${quote.text}”`;
    // A quote that grounds two scenarios is printed twice but is one problem.
    if (!span && !problems.includes(problem)) problems.push(problem);
    const where = span ? formatSpan(span) : "NOT IN THE ARTICLE";
    return `${where} ${quote.speaker ?? publisher}${quote.reported ? " (reported)" : ""}: “${quote.text}”`;
  };

  const kinds = dataset.scenarios.map((s) => `${s.id} ${s.kind ?? "observed"}`).join(", ");
  report.push(`${dataset.ties.length} ties, ${dataset.scenarios.length} scenarios (${kinds})`);
  dataset.ties.forEach((tie, t) => {
    report.push("", `${tie.id} · ${tieName(model, t)} (${tie.kind})`, `  Summary: ${tie.summary}`);
    const grounding = new Set<Quote>();
    for (const scenario of dataset.scenarios) {
      const state = tie.status[scenario.id] ?? "absent";
      report.push(`  ${scenario.label}: ${stateLabel(model, scenario.id, state, t)}`);
      const { quotes, inferred } = stateGrounds(tie, scenario.id);
      for (const quote of quotes) {
        grounding.add(quote);
        report.push(`    ${cite(quote, `ties[${t}].quotes[${tie.quotes.indexOf(quote)}]`)}`);
      }
      if (inferred) report.push(`    Inferred: ${inferred}`);
      if (quotes.length === 0 && !inferred) report.push(state === "absent" ? "    (absent: needs no grounds)" : "    NO GROUNDS");
    }
    const others = tie.quotes.flatMap((quote, q) => (grounding.has(quote) ? [] : [{ quote, q }]));
    if (others.length > 0) report.push("  Other quotes:");
    for (const { quote, q } of others) report.push(`    ${cite(quote, `ties[${t}].quotes[${q}]`)}`);
  });
  const caveat = dataset.meta.resilience?.caveat;
  if (caveat) report.push("", "Caveat beside the resilience figure:", `  ${cite(caveat, "meta.resilience.caveat")}`);

  // A story's own sentences are the editors' words; what they put in quotation marks must be the article's.
  const steps = dataset.story?.steps ?? [];
  if (steps.length > 0) report.push("", `Story: ${steps.length} steps`);
  steps.forEach((step, s) => {
    report.push("", `${s + 1}. ${step.id} · ${step.title}`, `  ${step.text}`);
    const texts: [string, string][] = [
      [`story.steps[${s}].title`, step.title],
      [`story.steps[${s}].text`, step.text],
      ...(step.annotations ?? []).map((note, k): [string, string] => [`story.steps[${s}].annotations[${k}].text`, note.text]),
    ];
    for (const note of step.annotations ?? []) report.push(`  Note on ${note.target}: ${note.text}`);
    for (const [path, text] of texts) for (const fragment of quotedFragments(text)) report.push(`    ${cite({ text: fragment }, path)}`);
  });
  return { report, problems };
}
