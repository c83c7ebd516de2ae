/**
 * The closed vocabularies of a dataset. Each term carries the words the legend uses, so a reader
 * never meets a state or role that nothing explains. These words are neutral defaults for any
 * topic: a dataset gives its own in `legend` (see `src/model/legendWords.ts`).
 */

export const tieStates = [
  "institutionalized",
  "deepening",
  "steady",
  "sought",
  "strained",
  "at-risk",
  "rapprochement",
  "volatile",
  "adversarial",
  "escalating",
  "absent",
] as const;
export type TieState = (typeof tieStates)[number];

export type TieStateInfo = {
  label: string;
  description: string;
  /** Cooperative ties bind partners together; hostile ones set rivals against them. */
  polarity: "cooperative" | "hostile" | "none";
  /**
   * How firm the tie is, 0 (gone) to 5 (sealed): the "what changes" summary compares ranks to say
   * whether a tie weakens or strengthens between scenarios.
   */
  rank: number;
  /** Whether the tie still holds two members together (the resilience figure counts these). */
  binds: boolean;
};

export const tieStateInfo: Record<TieState, TieStateInfo> = {
  institutionalized: {
    label: "Institutionalized",
    description: "Sealed in a signed agreement, hard to roll back.",
    polarity: "cooperative",
    rank: 5,
    binds: true,
  },
  deepening: {
    label: "Deepening",
    description: "Being deepened and formalized.",
    polarity: "cooperative",
    rank: 4,
    binds: true,
  },
  steady: {
    label: "Steady",
    description: "In place, with no change reported.",
    polarity: "cooperative",
    rank: 3,
    binds: true,
  },
  sought: {
    label: "Sought",
    description: "Under negotiation, not yet sealed.",
    polarity: "cooperative",
    rank: 1,
    binds: false,
  },
  strained: {
    label: "Strained",
    description: "Under pressure: demands or threats weigh on it.",
    polarity: "cooperative",
    rank: 2,
    binds: true,
  },
  "at-risk": {
    label: "At risk",
    description: "Could be undone, restructured or traded away.",
    polarity: "cooperative",
    rank: 1,
    binds: true,
  },
  rapprochement: {
    label: "Rapprochement",
    description: "A rival courted: relations warming.",
    polarity: "hostile",
    rank: 1,
    binds: false,
  },
  volatile: {
    label: "Volatile",
    description: "Erratic swings in how a rival is handled.",
    polarity: "hostile",
    rank: 1,
    binds: false,
  },
  adversarial: {
    label: "Adversarial",
    description: "Rivalry, deterrence or war.",
    polarity: "hostile",
    rank: 1,
    binds: false,
  },
  escalating: {
    label: "Escalating",
    description: "Tensions with a rival rising dangerously.",
    polarity: "hostile",
    rank: 1,
    binds: false,
  },
  absent: {
    label: "Absent",
    description: "No tie in this scenario.",
    polarity: "none",
    rank: 0,
    binds: false,
  },
};

export const nodeKinds = ["country", "organization"] as const;
export type NodeKind = (typeof nodeKinds)[number];

export const nodeRoles = ["hub", "ally", "partner", "rival"] as const;
export type NodeRole = (typeof nodeRoles)[number];

export const nodeRoleInfo: Record<NodeRole, { label: string; description: string }> = {
  hub: { label: "Hub", description: "The centre the other ties run to." },
  ally: { label: "Ally", description: "A formal ally of the hub." },
  partner: { label: "Partner", description: "Works with the hub or its allies, without a formal alliance." },
  rival: { label: "Rival", description: "A rival of the hub or its allies." },
};

export const views = ["hub", "lattice"] as const;
export type View = (typeof views)[number];

export const viewLabels: Record<View, string> = {
  hub: "Hub-and-spokes",
  lattice: "Lattice",
};

export const scenarioKinds = ["observed", "projected"] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];
