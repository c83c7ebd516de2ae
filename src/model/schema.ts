import * as z from "zod/mini";
import { nodeKinds, nodeRoles, tieStates, views } from "./vocabulary";

// zod compiles validators with `new Function` unless told not to; the app runs under a CSP that
// forbids it (script-src 'self').
z.config({ jitless: true });

/** Ids end up in URLs, `data-*` attributes and CSS selectors, so they are kept to plain slugs. */
export const idPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const id = z.string().check(z.regex(idPattern, "must be a slug: a–z, 0–9 and inner hyphens, at most 64 characters"));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, "must be an http(s) URL"), z.maxLength(2000));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD"));

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
  quotes: z.array(quoteSchema).check(z.minLength(1, "every tie needs at least one quote")),
  background: z.optional(z.array(backgroundSchema)),
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
    views: z.optional(
      z.strictObject({
        hub: z.optional(viewTextSchema),
        lattice: z.optional(latticeTextSchema),
      }),
    ),
  }),
  scenarios: z.array(scenarioSchema).check(z.minLength(1), z.maxLength(8)),
  defaults: z.strictObject({
    view: z.enum(views),
    scenario: id,
  }),
  nodes: z.array(nodeSchema).check(z.minLength(1), z.maxLength(5000)),
  ties: z.array(tieSchema).check(z.maxLength(20000)),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Scenario = Dataset["scenarios"][number];
export type GraphNode = Dataset["nodes"][number];
export type Tie = Dataset["ties"][number];
export type Quote = Tie["quotes"][number];
export type Background = NonNullable<Tie["background"]>[number];
