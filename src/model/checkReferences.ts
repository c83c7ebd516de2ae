import { didYouMean } from "./didYouMean";
import { formatPath } from "./formatPath";
import type { ValidationError } from "./validationError";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => value !== null && typeof value === "object" && !Array.isArray(value);
const arrayAt = (value: unknown, key: string): unknown[] => (isObject(value) && Array.isArray(value[key]) ? value[key] : []);
const idOf = (value: unknown): string | undefined => (isObject(value) && typeof value.id === "string" ? value.id : undefined);

/**
 * The checks that span the file: unique ids, ties that name real nodes, a state for every scenario.
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
  uniqueIds("ties", "tie");

  const noNode = (id: string) => `there is no node "${id}".${didYouMean(id, nodeIds)}`.replace(/\.$/, "");

  const hubs = arrayAt(data, "nodes").filter((node) => isObject(node) && node.role === "hub").length;
  if (Array.isArray(isObject(data) ? data.nodes : undefined) && hubs !== 1) {
    report(["nodes"], `needs exactly one node with role "hub" (the centre of the hub-and-spokes view); found ${hubs}`);
  }

  if (isObject(data) && isObject(data.defaults)) {
    const scenario = data.defaults.scenario;
    if (typeof scenario === "string" && scenarioIds.size > 0 && !scenarioIds.has(scenario)) {
      report(["defaults", "scenario"], `there is no scenario "${scenario}".${didYouMean(scenario, scenarioIds)}`.replace(/\.$/, ""));
    }
  }

  const meta = isObject(data) && isObject(data.meta) ? data.meta : undefined;
  const lattice = meta && isObject(meta.views) && isObject(meta.views.lattice) ? meta.views.lattice : undefined;
  if (lattice && Array.isArray(lattice.centre)) {
    lattice.centre.forEach((id, k) => {
      if (typeof id === "string" && !nodeIds.has(id)) report(["meta", "views", "lattice", "centre", k], noNode(id));
    });
  }

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
      if (scenarioIds.size > 0 && !scenarioIds.has(key))
        report(["ties", index, "status", key], `there is no scenario "${key}".${didYouMean(key, scenarioIds)}`.replace(/\.$/, ""));
    }
  });

  return errors;
}
