import * as z from "zod/mini";
import { isCalendarDate } from "./isCalendarDate";
import { nodeKinds, nodeRoles, scenarioKinds, tieStates, views } from "./vocabulary";

// zod compiles validators with `new Function` unless told not to; the app runs under a CSP that
// forbids it (script-src 'self').
z.config({ jitless: true });

/** Ids end up in URLs, `data-*` attributes and CSS selectors, so they are kept to plain slugs. */
export const idPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const id = z.string().check(z.regex(idPattern, "must be a slug: a–z, 0–9 and inner hyphens, at most 64 characters"));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, "must be an http(s) URL"), z.maxLength(2000));
const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD"), z.refine(isCalendarDate, "must be a real calendar date"));

export const sourceSchema = z.strictObject({
  publisher: text(200),
  title: text(300),
  date: isoDate,
  url,
  note: z.optional(text(500)),
});

export const scenarioSchema = z.strictObject({
  id,
  label: text(60),
  description: text(600),
  /** Whether the scenario is what the source observed, or what it projects. */
  kind: z.optional(
    z.enum(scenarioKinds).register(z.globalRegistry, {
      description: "Whether the scenario is what the source observed or what it projects. CSV: scenarios.csv, column kind.",
    }),
  ),
});

export const viewTextSchema = z.strictObject({
  description: text(600),
});

export const latticeTextSchema = z.strictObject({
  description: text(600),
  /** The nodes the lattice is centred on (the article: "centered on the United States and Japan"). */
  centre: z.optional(z.array(id).check(z.minLength(1), z.maxLength(4))),
});

export const nodeSchema = z.strictObject({
  id,
  label: text(60),
  /** A shorter label for narrow screens. */
  shortLabel: z.optional(text(24)),
  kind: z.enum(nodeKinds),
  role: z.enum(nodeRoles),
});

export const quoteSchema = z.strictObject({
  text: text(2000),
  speaker: z.optional(text(120)),
  affiliation: z.optional(text(200)),
  /** The article reports the speaker's view in its own words rather than quoting them. */
  reported: z.optional(z.boolean()),
  /** The ids of the scenarios whose state this quote grounds. */
  supports: z.optional(
    z.array(id).register(z.globalRegistry, {
      description: "The ids of the scenarios whose state this quote grounds. CSV: quotes.csv, column supports (ids separated by |).",
    }),
  ),
});

export const citationSchema = z.strictObject({
  publisher: z.optional(text(200)),
  title: text(300),
  url,
});

export const backgroundSchema = z.strictObject({
  fact: text(600),
  citation: citationSchema,
});

export const tieSchema = z.strictObject({
  id,
  members: z.array(id).check(z.minLength(2), z.maxLength(64)),
  kind: text(60),
  label: z.optional(text(80)),
  summary: text(400),
  status: z.record(id, z.enum(tieStates)),
  /** For a state no quote grounds, by scenario id: a one-line reason, saying it is inferred. */
  inferred: z.optional(
    z.record(id, text(300)).register(z.globalRegistry, {
      description: "By scenario id, a one-line reason for a state that no quote grounds. CSV: ties.csv, columns inferred_<scenario id>.",
    }),
  ),
  /**
   * The ids of projected scenarios whose state the source reports as a fear ("allies would be
   * concerned about…") rather than as what it expects: the graphic words those states "feared".
   */
  feared: z.optional(
    z.array(id).register(z.globalRegistry, {
      description:
        'The ids of projected scenarios whose state the source reports as a fear rather than an expectation; the graphic words those states "feared". CSV: ties.csv, column feared (ids separated by |).',
    }),
  ),
  quotes: z.array(quoteSchema).check(z.minLength(1, "every tie needs at least one quote")),
  background: z.optional(z.array(backgroundSchema)),
});

/** The dataset's own words for a state or role in the key, replacing the neutral defaults. */
export const legendEntrySchema = z.strictObject({
  label: z.optional(text(60)),
  description: z.optional(text(300)),
});

export const legendSchema = z.strictObject({
  states: z.optional(z.partialRecord(z.enum(tieStates), legendEntrySchema)),
  roles: z.optional(z.partialRecord(z.enum(nodeRoles), legendEntrySchema)),
});

export const datasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  meta: z.strictObject({
    title: text(120),
    description: text(600),
    source: sourceSchema,
    asOf: isoDate,
    /** The picture's alt text (fallback and social images); derived from the data when absent. */
    alt: z.optional(text(600)),
    /** What the "without the hub" figure needs from the source: the passage that limits what it can say. */
    resilience: z.optional(
      z.strictObject({ caveat: quoteSchema }).register(z.globalRegistry, {
        description:
          'The source\'s passage that limits what the "without the hub" figure can say. CSV: meta.csv keys resilience_caveat_text, resilience_caveat_speaker, resilience_caveat_affiliation, resilience_caveat_reported (true/false) and resilience_caveat_supports (ids separated by |).',
      }),
    ),
    views: z.optional(
      z
        .strictObject({
          hub: z.optional(viewTextSchema),
          lattice: z.optional(latticeTextSchema),
        })
        .register(z.globalRegistry, {
          description:
            "What each view shows, for the caption and exports: hub.description, lattice.description, and lattice.centre (1–4 node ids the lattice is centred on). CSV: meta.csv keys hub_description, lattice_description, lattice_centre.",
        }),
    ),
  }),
  scenarios: z.array(scenarioSchema).check(z.minLength(1), z.maxLength(8)),
  defaults: z.strictObject({
    view: z.enum(views),
    scenario: id,
  }),
  legend: z.optional(
    legendSchema.register(z.globalRegistry, {
      description:
        "The dataset's own words for the key: a label and/or description for any state or role, in place of the neutral defaults. CSV: states.csv (state, label, description) and roles.csv (role, label, description).",
    }),
  ),
  nodes: z.array(nodeSchema).check(z.minLength(1), z.maxLength(5000)),
  ties: z.array(tieSchema).check(z.maxLength(20000)),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Scenario = Dataset["scenarios"][number];
export type GraphNode = Dataset["nodes"][number];
export type Tie = Dataset["ties"][number];
export type Quote = Tie["quotes"][number];
export type Background = NonNullable<Tie["background"]>[number];
export type Legend = NonNullable<Dataset["legend"]>;
