/**
 * The closed vocabularies of a dataset. Each term carries the words the legend uses, so a reader
 * never meets a state or role that nothing explains.
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
    description: "Sealed in a signed agreement: “Trump-proofed”, hard to roll back.",
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
    description: "In place; the article reports no change to it.",
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
    description: "Under transactional pressure: cost-sharing demands, threats to pull troops.",
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
    description: "A rival courted: the warming that allies fear.",
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
  hub: { label: "Hub", description: "The centre of the alliance system." },
  ally: { label: "Ally", description: "Bound to the hub by a defence treaty." },
  partner: { label: "Partner", description: "A security partner of the hub or its allies." },
  rival: { label: "Rival", description: "A rival or pressure on the alliances." },
};

export const views = ["hub", "lattice"] as const;
export type View = (typeof views)[number];

export const viewLabels: Record<View, string> = {
  hub: "Hub-and-spokes",
  lattice: "Lattice",
};

export const scenarioKinds = ["observed", "projected"] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];
