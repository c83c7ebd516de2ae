import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import type { Dataset } from "../../../src/model/schema";
import { validateDataset, validateDatasetText, type Validation } from "../../../src/model/validateDataset";
import { nodeKinds, nodeRoles, tieStates, views } from "../../../src/model/vocabulary";
import { shipped, shippedText, tinyDataset } from "../fixtures";
import { prototypeChanges, snapshotPrototypes } from "../prototypes";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;
type Container = Record<string, unknown> | unknown[];

// 100 cases per property keep the unit suite quick; FUZZ_RUNS=2000 npx vitest run … searches wider.
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 100) };
const forbiddenKeys = ["__proto__", "constructor", "prototype"] as const;

/** `(root)`, or segments as `ties[3].quotes[0].speaker`, with `["…"]` for keys that are not identifiers. */
const documentedPath =
  /^(?:\(root\)|(?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)$/;
const pathText = (path: readonly Key[]) =>
  path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? (i ? `.${k}` : k) : `[${JSON.stringify(k)}]`))
    .join("") || "(root)";

/** What must hold of any verdict: a usable dataset, or errors an editor can act on. */
function verdictProblems(result: Validation): string[] {
  if (result.ok) {
    const again = validateDataset(result.dataset);
    if (!again.ok) return [`accepted, then refused on a second look: ${JSON.stringify(again.errors)}`];
    const { dataset } = result;
    const nodeIds = new Set(dataset.nodes.map((n) => n.id));
    const scenarioIds = new Set(dataset.scenarios.map((s) => s.id));
    const problems: string[] = [];
    if (dataset.nodes.filter((n) => n.role === "hub").length !== 1) problems.push("not exactly one hub");
    if (!scenarioIds.has(dataset.defaults.scenario)) problems.push("default scenario unknown");
    for (const tie of dataset.ties) {
      for (const member of tie.members) if (!nodeIds.has(member)) problems.push(`${tie.id}: unknown member ${member}`);
      for (const s of scenarioIds) if (!Object.hasOwn(tie.status, s)) problems.push(`${tie.id}: no state for ${s}`);
    }
    try {
      buildGraphModel(dataset);
    } catch (error) {
      problems.push(`accepted, but the model cannot be built: ${String(error)}`);
    }
    return problems;
  }
  if (!Array.isArray(result.errors) || result.errors.length === 0) return ["refused without a reason"];
  return result.errors.flatMap((error) => [
    ...(typeof error.path === "string" && documentedPath.test(error.path)
      ? []
      : [`path not in the documented form: ${String(error.path)}`]),
    ...(typeof error.message === "string" && error.message.trim() !== "" ? [] : [`no message at ${error.path}`]),
  ]);
}

/** Validates without throwing, checks the verdict and the built-in prototypes, and returns the verdict. */
function judge(validate: () => Validation): Validation {
  const before = snapshotPrototypes();
  let result: Validation;
  try {
    result = validate();
  } catch (error) {
    throw new Error(`the validator threw: ${String(error)}`, { cause: error });
  }
  expect(prototypeChanges(before)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(verdictProblems(result)).toEqual([]);
  return result;
}

/** The errors by path and message; where they sit in the file is tested in editorMessages.test.ts. */
function errorsOf(result: Validation) {
  if (result.ok) throw new Error("expected a refusal");
  return result.errors.map(({ path, message }) => ({ path, message }));
}

// ---- where to mutate ------------------------------------------------------------------------

function containersOf(root: unknown): { path: Key[]; value: Container }[] {
  const found: { path: Key[]; value: Container }[] = [];
  const walk = (value: unknown, path: Key[]) => {
    // Only what JSON could hold: a boxed string or a Map is a value to judge, not a place to edit.
    if (value === null || typeof value !== "object") return;
    if (!Array.isArray(value) && ![Object.prototype, null].includes(Object.getPrototypeOf(value))) return;
    found.push({ path, value: value as Container });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(root, []);
  return found;
}

/** Every place a value sits: its container and key. */
function slotsOf(root: unknown) {
  return containersOf(root).flatMap(({ path, value }) =>
    (Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)).map((key) => ({ path: [...path, key], parent: value, key })),
  );
}

/** Sets a value as `JSON.parse` would, as an own property, even where the key is `__proto__`. */
const put = (target: object, key: Key, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

// ---- mutations ------------------------------------------------------------------------------

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "set"; at: number; value: unknown }
  | { kind: "borrow"; at: number; from: number }
  | { kind: "duplicate-id"; list: "nodes" | "ties" | "scenarios"; from: number; to: number }
  | { kind: "unknown-member"; at: number; key: string; value: unknown };

function mutate(root: Record<string, unknown>, m: Mutation): void {
  const slots = slotsOf(root);
  switch (m.kind) {
    case "delete": {
      const slot = pick(slots, m.at);
      if (!slot) return;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else Reflect.deleteProperty(slot.parent, slot.key);
      return;
    }
    case "set": {
      const slot = pick(slots, m.at);
      if (slot) put(slot.parent, slot.key, m.value);
      return;
    }
    case "borrow": {
      // Another string from the same file: an id where a state belongs, a member that names a tie…
      const strings = slots.filter((s) => typeof (s.parent as Record<Key, unknown>)[s.key] === "string");
      const to = pick(strings, m.at);
      const from = pick(strings, m.from);
      if (to && from) put(to.parent, to.key, (from.parent as Record<Key, unknown>)[from.key]);
      return;
    }
    case "duplicate-id": {
      const list = root[m.list];
      if (!Array.isArray(list) || list.length < 2) return;
      const [a, b] = [m.from % list.length, m.to % list.length];
      if (a !== b && isObject(list[a]) && isObject(list[b])) list[b].id = list[a].id;
      return;
    }
    case "unknown-member": {
      const objects = containersOf(root).filter((c) => !Array.isArray(c.value));
      const target = pick(objects, m.at);
      if (target) put(target.value, m.key, m.value);
      return;
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

const smallJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
/** JSON without the forbidden keys, which are refused before anything else is looked at. */
const plainJson = smallJson.filter((value) => !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(value)));
const strangeValue = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const schemaWords = ["id", "label", "members", "status", "quotes", "text", "speaker", "kind", "role", "nodes", "ties", "meta", "hub"];
const unknownKey = fc.oneof(
  fc.constantFrom(...schemaWords).map((w) => `${w}s`),
  fc.constantFrom(...schemaWords).map((w) => w.toUpperCase()),
  fc.string({ minLength: 1, maxLength: 10 }).map((s) => `x${s}`),
);

const mutation = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: values }),
    fc.record({ kind: fc.constant("borrow" as const), at: fc.nat(), from: fc.nat() }),
    fc.record({
      kind: fc.constant("duplicate-id" as const),
      list: fc.constantFrom("nodes" as const, "ties" as const, "scenarios" as const),
      from: fc.nat(),
      to: fc.nat(),
    }),
    fc.record({ kind: fc.constant("unknown-member" as const), at: fc.nat(), key: unknownKey, value: values }),
  );

const base = fc.constantFrom<[string, () => Dataset]>(["shipped", shipped], ["tiny", tinyDataset]);

// ---- valid datasets from scratch --------------------------------------------------------------

const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const words = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    scenarioIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    nodeIds: fc.uniqueArray(slug, { minLength: 2, maxLength: 8 }),
    hub: fc.nat(),
    roles: fc.array(fc.constantFrom(...nodeRoles.filter((r) => r !== "hub")), { minLength: 8, maxLength: 8 }),
    kinds: fc.array(fc.constantFrom(...nodeKinds), { minLength: 8, maxLength: 8 }),
    labels: fc.array(words(60), { minLength: 8, maxLength: 8 }),
    tieCount: fc.nat({ max: 8 }),
    memberSeeds: fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { minLength: 8, maxLength: 8 }),
    states: fc.array(fc.constantFrom(...tieStates), { minLength: 24, maxLength: 24 }),
    quote: words(200),
    speaker: fc.option(words(120), { nil: undefined }),
    view: fc.constantFrom(...views),
  })
  .map((r) => {
    const hub = r.hub % r.nodeIds.length;
    const nodes = r.nodeIds.map((id, i) => ({
      id,
      label: r.labels[i]!,
      kind: r.kinds[i]!,
      role: i === hub ? ("hub" as const) : r.roles[i]!,
    }));
    const ties = r.memberSeeds
      .slice(0, r.tieCount)
      .map((seeds, t) => {
        const members = [...new Set(seeds.map((s) => r.nodeIds[s % r.nodeIds.length]!))];
        return {
          id: `tie-${t}`,
          members,
          kind: "Pact",
          summary: r.quote,
          status: Object.fromEntries(r.scenarioIds.map((s, k) => [s, r.states[(t * 3 + k) % r.states.length]!])),
          quotes: [
            r.speaker === undefined
              ? { text: r.quote, supports: r.scenarioIds }
              : { text: r.quote, speaker: r.speaker, supports: r.scenarioIds },
          ],
        };
      })
      .filter((tie) => tie.members.length >= 2);
    return {
      meta: {
        title: r.labels[0]!,
        description: r.quote,
        source: { publisher: "P", title: "T", date: "2024-01-02", url: "https://example.org/" },
        asOf: "2024-01-02",
      },
      scenarios: r.scenarioIds.map((id) => ({ id, label: id, description: id })),
      defaults: { view: r.view, scenario: r.scenarioIds[0]! },
      nodes,
      ties,
    };
  });

// ---- JSON text with what an object cannot say --------------------------------------------------

/** Puts `"key": value` into the object at `index` among the file's objects, as text, since `__proto__` cannot be set on an object without changing it. */
function withKeyInText(data: unknown, index: number, key: string, value: Json): { text: string; path: Key[] } | undefined {
  const objects = containersOf(data).filter((c) => !Array.isArray(c.value));
  const target = pick(objects, index);
  if (!target) return undefined;
  const marker = "\u0000here\u0000";
  (target.value as Record<string, unknown>)[marker] = 0;
  const text = JSON.stringify(data).replace(`${JSON.stringify(marker)}:0`, () => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return { text, path: [...target.path, key] };
}

function withValueInText(data: unknown, index: number, replacement: string): string | undefined {
  const slot = pick(slotsOf(data), index);
  if (!slot) return undefined;
  const marker = "\u0000deep\u0000";
  (slot.parent as Record<Key, unknown>)[slot.key] = marker;
  return JSON.stringify(data).replace(JSON.stringify(marker), () => replacement);
}

const nested = fc.tuple(fc.constantFrom("array", "object", "mixed"), fc.integer({ min: 1, max: 20_000 })).map(([shape, depth]) => {
  const open = shape === "array" ? "[" : shape === "object" ? '{"a":' : '[{"a":';
  const close = shape === "array" ? "]" : shape === "object" ? "}" : "}]";
  return open.repeat(depth) + "0" + close.repeat(depth);
});

// ---- the properties -------------------------------------------------------------------------

describe("the dataset validator under arbitrary input", () => {
  it("judges any value at all without throwing or touching a prototype", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom(...forbiddenKeys, "meta", "nodes", "ties", "id", "members", "status", "toString"));
    fc.assert(
      fc.property(
        fc.oneof(
          strangeValue,
          fc.anything({ key, maxDepth: 4, withNullPrototype: true }),
          // Garbage in the right places.
          fc.record(
            { meta: strangeValue, scenarios: strangeValue, defaults: strangeValue, nodes: strangeValue, ties: strangeValue },
            { requiredKeys: [] },
          ),
        ),
        (value) => {
          judge(() => validateDataset(value));
        },
      ),
      runs,
    );
  });

  it("judges any JSON, and any text, without throwing; text that is not JSON is one error at the root", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: "binary" })), (text) => {
        const result = judge(() => validateDatasetText(text));
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        if (!parses) expect(errorsOf(result)).toEqual([{ path: "(root)", message: expect.stringMatching(/^not valid JSON/) }]);
      }),
      runs,
    );
  });

  it("judges the shipped file cut, spliced or bitten anywhere", () => {
    const edit = fc.oneof(
      fc.nat({ max: shippedText.length }).map((at) => shippedText.slice(0, at)),
      fc
        .tuple(fc.nat({ max: shippedText.length }), fc.string({ unit: "binary", maxLength: 3 }))
        .map(([at, s]) => shippedText.slice(0, at) + s + shippedText.slice(at)),
      fc
        .tuple(fc.nat({ max: shippedText.length }), fc.integer({ min: 1, max: 20 }))
        .map(([at, n]) => shippedText.slice(0, at) + shippedText.slice(at + n)),
    );
    fc.assert(
      fc.property(edit, (text) => {
        judge(() => validateDatasetText(text));
      }),
      runs,
    );
  });

  it("accepts every well-formed dataset, as an object and as text", () => {
    fc.assert(
      fc.property(validDataset, (dataset) => {
        expect(judge(() => validateDataset(dataset)).ok).toBe(true);
        expect(judge(() => validateDatasetText(JSON.stringify(dataset))).ok).toBe(true);
      }),
      runs,
    );
  });

  it("judges a dataset broken by deletions, retypings, borrowed strings, duplicate ids and unknown members", () => {
    const broken = fc.tuple(
      fc.oneof(
        base.map(([, make]) => make()),
        validDataset,
      ),
      fc.array(mutation(smallJson), { minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(broken, ([dataset, mutations]) => {
        const data = dataset as unknown as Record<string, unknown>;
        for (const m of mutations) mutate(data, m);
        // An object and its JSON text are judged alike.
        const fromObject = judge(() => validateDataset(data));
        const fromText = judge(() => validateDatasetText(JSON.stringify(data)));
        expect(fromText.ok ? fromText : errorsOf(fromText)).toEqual(fromObject.ok ? fromObject : errorsOf(fromObject));
      }),
      runs,
    );
  });

  it("judges a dataset carrying values that JSON cannot hold", () => {
    fc.assert(
      fc.property(base, fc.array(mutation(strangeValue), { minLength: 1, maxLength: 3 }), ([, make], mutations) => {
        const data = make() as unknown as Record<string, unknown>;
        for (const m of mutations) mutate(data, m);
        judge(() => validateDataset(data));
      }),
      runs,
    );
  });

  it("names a duplicate id at its second use", () => {
    const list = fc.constantFrom("nodes" as const, "ties" as const, "scenarios" as const);
    fc.assert(
      fc.property(base, list, fc.nat(), fc.nat(), ([, make], key, from, to) => {
        const data = make();
        const items = data[key] as { id: string }[];
        const [a, b] = [from % items.length, to % items.length];
        fc.pre(a !== b);
        items[b]!.id = items[a]!.id;
        const errors = errorsOf(judge(() => validateDataset(data)));
        const noun = key.slice(0, -1);
        const second = Math.max(a, b);
        expect(errors).toContainEqual({
          path: `${key}[${second}].id`,
          message: `"${items[a]!.id}" is already the id of an earlier ${noun}: give each ${noun} its own id`,
        });
      }),
      runs,
    );
  });

  it("names an unknown member by its path", () => {
    fc.assert(
      fc.property(base, fc.nat(), unknownKey, plainJson, ([, make], at, key, value) => {
        const data = make();
        const objects = containersOf(data).filter((c) => !Array.isArray(c.value));
        const target = pick(objects, at)!;
        fc.pre(!Object.hasOwn(target.value, key));
        (target.value as Record<string, unknown>)[key] = value;
        const errors = errorsOf(judge(() => validateDataset(data)));
        expect(errors.map((e) => e.path)).toContain(pathText([...target.path, key]));
      }),
      runs,
    );
  });

  it("refuses __proto__, constructor and prototype at any depth, by path, and pollutes nothing", () => {
    fc.assert(
      fc.property(base, fc.nat(), fc.constantFrom(...forbiddenKeys), smallJson, ([, make], at, key, value) => {
        const placed = withKeyInText(make(), at, key, isObject(value) ? value : { polluted: value ?? true });
        const errors = errorsOf(judge(() => validateDatasetText(placed!.text)));
        expect(errors).toContainEqual({ path: pathText(placed!.path), message: `the key "${key}" is not allowed` });
      }),
      runs,
    );
  });

  it("refuses deep nesting anywhere, quickly and without overflowing the stack", () => {
    fc.assert(
      fc.property(base, fc.nat(), nested, ([, make], at, deep) => {
        const text = withValueInText(make(), at, deep)!;
        expect(judge(() => validateDatasetText(text)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
