import { checkStory } from "./checkStory";
import { noSuch } from "./didYouMean";
import { formatPath } from "./formatPath";
import type { ValidationError } from "./validationError";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => value !== null && typeof value === "object" && !Array.isArray(value);
const arrayAt = (value: unknown, key: string): unknown[] => (isObject(value) && Array.isArray(value[key]) ? value[key] : []);
const idOf = (value: unknown): string | undefined => (isObject(value) && typeof value.id === "string" ? value.id : undefined);

/**
 * The checks that span the file: unique ids, ties that name real nodes, a state for every scenario,
 * and grounds (a supporting quote or an inference) for every state.
 * zod skips refinements once a shape error exists, so these run on the raw value, on their own, and
 * an editor sees every error in one pass.
 */
export function checkReferences(data: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const report = (path: PropertyKey[], message: string) => errors.push({ path: formatPath(path), message });

  const uniqueIds = (key: string, noun: string): Set<string> => {
    const seen = new Map<string, number>();
    arrayAt(data, key).forEach((item, index) => {
      const id = idOf(item);
      if (id === undefined) return;
      if (seen.has(id)) report([key, index, "id"], `"${id}" is already the id of an earlier ${noun}: give each ${noun} its own id`);
      else seen.set(id, index);
    });
    return new Set(seen.keys());
  };

  const scenarioIds = uniqueIds("scenarios", "scenario");
  const nodeIds = uniqueIds("nodes", "node");
  const tieIds = uniqueIds("ties", "tie");

  const noNode = (id: string) => noSuch("node", id, nodeIds);

  const hubs = arrayAt(data, "nodes").filter((node) => isObject(node) && node.role === "hub").length;
  if (Array.isArray(isObject(data) ? data.nodes : undefined) && hubs !== 1) {
    report(["nodes"], `needs exactly one node with role "hub" (the centre of the hub-and-spokes view); found ${hubs}`);
  }

  if (isObject(data) && isObject(data.defaults)) {
    const scenario = data.defaults.scenario;
    if (typeof scenario === "string" && scenarioIds.size > 0 && !scenarioIds.has(scenario)) {
      report(["defaults", "scenario"], noSuch("scenario", scenario, scenarioIds));
    }
  }

  const meta = isObject(data) && isObject(data.meta) ? data.meta : undefined;
  const lattice = meta && isObject(meta.views) && isObject(meta.views.lattice) ? meta.views.lattice : undefined;
  if (lattice && Array.isArray(lattice.centre)) {
    lattice.centre.forEach((id, k) => {
      if (typeof id === "string" && !nodeIds.has(id)) report(["meta", "views", "lattice", "centre", k], noNode(id));
    });
  }

  const projected = new Set(
    arrayAt(data, "scenarios").flatMap((scenario) => (isObject(scenario) && scenario.kind === "projected" ? [idOf(scenario) ?? ""] : [])),
  );
  const knownScenario = (id: unknown, path: PropertyKey[]): boolean => {
    if (typeof id !== "string") return false;
    if (scenarioIds.size > 0 && !scenarioIds.has(id)) report(path, `unknown scenario "${id}"`);
    return true;
  };

  /**
   * Every state but "absent" must rest on something a reader can check: a quote that supports it,
   * or a reason the editors give for inferring it. A graphic must not show a state nobody grounded.
   */
  const checkGrounds = (tie: Loose, index: number, status: Loose) => {
    // A tie without quotes is already refused for that; its grounds follow once it has some.
    if (arrayAt(tie, "quotes").length === 0) return;
    const supported = new Set<string>();
    arrayAt(tie, "quotes").forEach((quote, q) => {
      const supports = isObject(quote) && Array.isArray(quote.supports) ? quote.supports : [];
      supports.forEach((id, k) => {
        if (knownScenario(id, ["ties", index, "quotes", q, "supports", k])) supported.add(id as string);
      });
    });
    const inferred = isObject(tie.inferred) ? tie.inferred : {};
    for (const key of Object.keys(inferred)) knownScenario(key, ["ties", index, "inferred", key]);
    const feared = Array.isArray(tie.feared) ? tie.feared : [];
    feared.forEach((id, k) => {
      if (knownScenario(id, ["ties", index, "feared", k]) && scenarioIds.has(id as string) && !projected.has(id as string))
        report(["ties", index, "feared", k], `scenario "${id as string}" is not projected: only a projected state can be marked feared`);
    });
    for (const [scenario, state] of Object.entries(status)) {
      if (state === "absent" || typeof state !== "string" || !scenarioIds.has(scenario)) continue;
      if (supported.has(scenario) || typeof inferred[scenario] === "string") continue;
      report(
        ["ties", index, "status", scenario],
        `"${state}" has no grounds: add "${scenario}" to the supports of the quote that says so, or give ties[${index}].inferred.${scenario} a one-line reason`,
      );
    }
  };

  arrayAt(data, "ties").forEach((tie, index) => {
    if (!isObject(tie)) return;
    const members = Array.isArray(tie.members) ? tie.members : [];
    const seen = new Set<unknown>();
    members.forEach((member, m) => {
      if (typeof member !== "string") return;
      if (!nodeIds.has(member)) report(["ties", index, "members", m], noNode(member));
      if (seen.has(member)) report(["ties", index, "members", m], `"${member}" is listed twice`);
      seen.add(member);
    });
    if (!isObject(tie.status)) return;
    const status = tie.status;
    for (const scenario of scenarioIds) {
      if (!Object.hasOwn(status, scenario))
        report(["ties", index, "status", scenario], `has no state for the scenario "${scenario}": give one`);
    }
    for (const key of Object.keys(status)) {
      if (scenarioIds.size > 0 && !scenarioIds.has(key)) report(["ties", index, "status", key], noSuch("scenario", key, scenarioIds));
    }
    checkGrounds(tie, index, status);
  });

  checkStory(data, { nodes: nodeIds, ties: tieIds, scenarios: scenarioIds }, report);
  return errors;
}
