import type { Dataset } from "../model/schema";
import { viewLabels } from "../model/vocabulary";

/** What a published page says about itself: its title, description and the picture's alt text. */
export type PageMeta = { title: string; description: string; alt: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The alt text of the default picture, from the data when the dataset gives none: what is drawn,
 * how many, who is at the hub, in which view and scenario.
 */
export function derivedAlt(dataset: Dataset): string {
  const { nodes, ties, defaults, scenarios, meta } = dataset;
  const countries = nodes.filter((node) => node.kind === "country").length;
  const organizations = nodes.length - countries;
  const who =
    organizations === 0
      ? plural(countries, "country", "countries")
      : countries === 0
        ? plural(organizations, "organization", "organizations")
        : `${plural(countries, "country", "countries")} and ${plural(organizations, "organization", "organizations")}`;
  const hub = nodes.find((node) => node.role === "hub");
  const scenario = scenarios.find((s) => s.id === defaults.scenario)?.label ?? defaults.scenario;
  return (
    `Network of ${who} joined by ${plural(ties.length, "tie", "ties")}` +
    `${hub ? `, ${hub.label} at the hub` : ""}, drawn as ${viewLabels[defaults.view].toLowerCase()} under ${scenario}: ${meta.title}`
  );
}

export function pageMeta(dataset: Dataset): PageMeta {
  const { title, description, alt } = dataset.meta;
  return { title, description, alt: alt ?? derivedAlt(dataset) };
}
