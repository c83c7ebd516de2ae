import { noSuch } from "./didYouMean";

type Loose = Record<string, unknown>;
type Report = (path: PropertyKey[], message: string) => void;
export type KnownIds = { nodes: ReadonlySet<string>; ties: ReadonlySet<string>; scenarios: ReadonlySet<string> };

const isObject = (value: unknown): value is Loose => value !== null && typeof value === "object" && !Array.isArray(value);
const strings = (value: unknown): [string, number][] =>
  Array.isArray(value) ? value.flatMap((item, k): [string, number][] => (typeof item === "string" ? [[item, k]] : [])) : [];

/**
 * The story's references, on the raw value like the other cross-file checks: unique step ids, and
 * every node, tie and scenario a step names must exist, so no step can point at nothing.
 */
export function checkStory(data: unknown, known: KnownIds, report: Report): void {
  const story = isObject(data) && isObject(data.story) ? data.story : undefined;
  if (!story || !Array.isArray(story.steps)) return;
  const need = (path: PropertyKey[], id: string, noun: "node" | "tie" | "scenario") => {
    const ids = noun === "node" ? known.nodes : noun === "tie" ? known.ties : known.scenarios;
    if (ids.size > 0 && !ids.has(id)) report(path, noSuch(noun, id, ids));
  };
  const seen = new Set<string>();
  story.steps.forEach((step, s) => {
    if (!isObject(step)) return;
    const at = (...rest: PropertyKey[]) => ["story", "steps", s, ...rest];
    if (typeof step.id === "string") {
      if (seen.has(step.id)) report(at("id"), `"${step.id}" is already the id of an earlier step: give each step its own id`);
      seen.add(step.id);
    }
    if (typeof step.scenario === "string") need(at("scenario"), step.scenario, "scenario");
    if (isObject(step.select)) {
      if (typeof step.select.tie === "string") need(at("select", "tie"), step.select.tie, "tie");
      if (typeof step.select.node === "string") need(at("select", "node"), step.select.node, "node");
    }
    if (isObject(step.highlight)) {
      for (const [id, k] of strings(step.highlight.nodes)) need(at("highlight", "nodes", k), id, "node");
      for (const [id, k] of strings(step.highlight.ties)) need(at("highlight", "ties", k), id, "tie");
    }
    const without = strings(step.without);
    for (const [id, k] of without) need(at("without", k), id, "node");
    if (known.nodes.size > 0 && new Set(without.map(([id]) => id)).size >= known.nodes.size)
      report(at("without"), "takes away every node: leave at least one in the picture");
    const compare = strings(step.compare);
    for (const [id, k] of compare) need(at("compare", k), id, "scenario");
    if (compare.length === 2 && compare[0]?.[0] === compare[1]?.[0])
      report(at("compare"), "compares a scenario with itself: name two different scenarios");
    if (Array.isArray(step.annotations)) {
      step.annotations.forEach((note, k) => {
        const target = isObject(note) ? note.target : undefined;
        if (typeof target === "string" && !known.nodes.has(target) && !known.ties.has(target))
          report(at("annotations", k, "target"), noSuch("node or tie", target, [...known.nodes, ...known.ties]));
      });
    }
  });
}
