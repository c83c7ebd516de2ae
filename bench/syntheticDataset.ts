import { lcg } from "../src/layout/lcg";
import { drawableLimits, type Dataset, type GraphNode, type Tie } from "../src/model/schema";
import type { TieState } from "../src/model/vocabulary";

export type SyntheticOptions = {
  nodes: number;
  seed?: number;
  /** Ties per node on average: the scale curve uses three. */
  tiesPerNode?: number;
};

type Random = () => number;

const syllables = [
  "ka",
  "lo",
  "ri",
  "va",
  "mon",
  "tel",
  "sa",
  "dor",
  "en",
  "bi",
  "ra",
  "tu",
  "ne",
  "os",
  "li",
  "qua",
  "zen",
  "ar",
  "pe",
  "mi",
];
const endings = {
  afterVowel: ["via", "land", "ria", "stan", "mar", "dor", "nesia"],
  afterConsonant: ["ia", "a", "or", "istan", "ea", "on"],
};

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const weighted = <T>(random: Random, items: readonly (readonly [T, number])[]): T => {
  let roll = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
  return items[items.length - 1]![0];
};

/** How a cooperative tie fares when the pressure rises: sealed ties hold, others may not. */
const underPressure: Record<TieState, readonly (readonly [TieState, number])[]> = {
  institutionalized: [["institutionalized", 1]],
  deepening: [
    ["deepening", 2],
    ["strained", 2],
    ["at-risk", 1],
  ],
  steady: [
    ["steady", 2],
    ["strained", 1],
  ],
  sought: [
    ["sought", 1],
    ["absent", 1],
  ],
  strained: [["strained", 1]],
  "at-risk": [["at-risk", 1]],
  rapprochement: [["rapprochement", 1]],
  volatile: [["volatile", 1]],
  adversarial: [
    ["adversarial", 2],
    ["escalating", 1],
    ["rapprochement", 1],
  ],
  escalating: [["escalating", 1]],
  absent: [["absent", 1]],
};

function names(random: Random, count: number): { id: string; label: string }[] {
  const used = new Map<string, number>();
  return Array.from({ length: count }, () => {
    const root = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(random, syllables)).join("");
    const stem = root + pick(random, /[aeiou]$/.test(root) ? endings.afterVowel : endings.afterConsonant);
    const base = stem[0]!.toUpperCase() + stem.slice(1);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const label = seen === 1 ? base : `${base} ${seen}`;
    return { id: label.toLowerCase().replace(/ /g, "-"), label };
  });
}

/**
 * A network of any size for the benchmark's scale curve: one hub, some allies, mostly partners and
 * a few rivals, about three ties per node (mostly bilateral, a few groupings of three or four), two
 * scenarios. Partners cluster around the allies and close triangles, as real networks do, so the
 * lattice has structure to find. The same options give the same dataset.
 */
export function syntheticDataset({ nodes: n, seed = 1, tiesPerNode = 3 }: SyntheticOptions): Dataset {
  if (!Number.isInteger(n) || n < 2 || n > drawableLimits.nodes)
    throw new RangeError(`nodes must be an integer from 2 to ${drawableLimits.nodes} (the schema's limit), not ${n}`);
  const random = lcg(seed);
  const allyCount = Math.min(n - 1, Math.max(1, Math.min(48, Math.round(n * 0.04))));
  const rivalCount = Math.min(n - 1 - allyCount, Math.min(30, Math.round(n * 0.02)));
  const role = (i: number): GraphNode["role"] => (i === 0 ? "hub" : i <= allyCount ? "ally" : i > n - 1 - rivalCount ? "rival" : "partner");
  const nodes: GraphNode[] = names(random, n).map(({ id, label }, i) => ({
    id,
    label,
    kind: role(i) === "partner" && random() < 0.06 ? "organization" : "country",
    role: role(i),
  }));
  const allies = nodes.flatMap((node, i) => (node.role === "ally" ? [i] : []));
  const rivals = nodes.flatMap((node, i) => (node.role === "rival" ? [i] : []));
  const friends = nodes.flatMap((node, i) => (node.role === "ally" || node.role === "partner" ? [i] : []));

  const maxPairs = (n * (n - 1)) / 2;
  const target = Math.min(Math.round(n * tiesPerNode), maxPairs);
  const ties: Tie[] = [];
  const keys = new Set<string>();
  const tieIds = new Set<string>();
  const neighbours: Set<number>[] = nodes.map(() => new Set());

  const add = (members: number[], hostile: boolean): boolean => {
    const sorted = [...new Set(members)].sort((a, b) => a - b);
    const key = sorted.join(" ");
    if (sorted.length !== members.length || sorted.length < 2 || keys.has(key)) return false;
    keys.add(key);
    for (const a of sorted) for (const b of sorted) if (a !== b) neighbours[a]!.add(b);
    const ids = members.map((i) => nodes[i]!.id);
    const labels = members.map((i) => nodes[i]!.label);
    let id = ids.join("-");
    if (id.length > 60 || tieIds.has(id)) id = `tie-${ties.length + 1}`;
    tieIds.add(id);
    const multilateral = members.length > 2;
    const kind = hostile
      ? "Rivalry"
      : multilateral
        ? members.length === 3
          ? "Trilateral"
          : "Quadrilateral"
        : members.includes(0) && nodes[members[1]!]!.role === "ally"
          ? "Alliance"
          : "Partnership";
    const calm: TieState = hostile
      ? weighted(random, [
          ["adversarial", 3],
          ["volatile", 1],
        ])
      : weighted(random, [
          ["institutionalized", 1],
          ["deepening", 3],
          ["steady", 3],
          ["sought", 1],
        ]);
    const storm = weighted(random, underPressure[calm]);
    const who = `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
    ties.push({
      id,
      members: ids,
      kind,
      summary: hostile ? `${who} face each other.` : `${who} work together on defence.`,
      status: { calm, storm },
      quotes: [
        random() < 0.5
          ? {
              text: hostile ? "We will not be intimidated." : "Our cooperation has never been closer.",
              speaker: "A spokesperson",
              affiliation: labels[0]!,
              supports: ["calm", "storm"],
            }
          : { text: `${who} held talks this week.`, supports: ["calm", "storm"] },
      ],
    });
    return true;
  };

  for (const a of allies) add([0, a], false);
  for (const r of rivals) add([0, r], true);
  // Every partner hangs off an ally (or the hub), so the network is one piece.
  nodes.forEach((node, i) => {
    if (node.role === "partner") add([i, allies.length > 0 && random() < 0.9 ? pick(random, allies) : 0], false);
  });

  const near = (i: number): number => {
    const mine = [...neighbours[i]!].filter((j) => nodes[j]!.role !== "rival" && j !== 0);
    const via = mine.length > 0 ? pick(random, mine) : undefined;
    const further = via === undefined ? [] : [...neighbours[via]!].filter((j) => j !== i && j !== 0 && nodes[j]!.role !== "rival");
    if (further.length > 0 && random() < 0.6) return pick(random, further);
    // Otherwise a node close in the dataset's order: a regional cluster.
    const local = i + Math.round((random() - 0.5) * 40);
    return local >= 1 && local < n && nodes[local]!.role !== "rival" ? local : pick(random, friends.length > 0 ? friends : [0]);
  };

  for (let attempts = 0; ties.length < target && attempts < target * 50; attempts++) {
    const roll = random();
    if (roll < 0.04 && rivals.length > 0 && friends.length > 0) {
      add([pick(random, rivals), pick(random, friends)], true);
    } else if (roll < 0.1 && friends.length >= 3) {
      const first = pick(random, friends);
      const members = [first];
      const size = random() < 0.6 ? 3 : 4;
      for (let k = 0; members.length < size && k < 12; k++) {
        const next = near(pick(random, members));
        if (!members.includes(next)) members.push(next);
      }
      if (members.length === size) add(members, false);
    } else {
      const from = friends.length > 0 ? pick(random, friends) : 0;
      const to = near(from);
      add([from, to], false);
    }
  }
  // Tiny networks may run out of new groupings before the target: pairs then fill in order.
  for (let a = 0; a < n && ties.length < target; a++) for (let b = a + 1; b < n && ties.length < target; b++) add([a, b], false);

  const centre = allies.length > 0 ? [nodes[0]!.id, nodes[allies[0]!]!.id] : [nodes[0]!.id];
  return {
    meta: {
      title: `A synthetic network of ${n} nodes`,
      description: `Generated for the benchmark (seed ${seed}): ${n} nodes and ${ties.length} ties, with a hub, allies, partners and rivals.`,
      source: {
        publisher: "Latticework benchmark",
        title: "Synthetic dataset",
        date: "2024-06-25",
        url: "https://example.org/latticework/synthetic",
      },
      asOf: "2024-06-25",
      views: { lattice: { description: "The allies and partners tied to one another.", centre } },
    },
    scenarios: [
      { id: "calm", label: "Calm", description: "Ties as they stand." },
      { id: "storm", label: "Storm", description: "Ties under pressure." },
    ],
    defaults: { view: "hub", scenario: "calm" },
    nodes,
    ties,
  };
}
