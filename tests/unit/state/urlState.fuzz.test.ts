import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { views } from "../../../src/model/vocabulary";
import { themes, type ReaderState } from "../../../src/state/appState";
import { formatUrlState, parseUrlParams, resolveReaderState } from "../../../src/state/urlState";
import { shippedModel } from "../fixtures";
import { prototypeChanges, snapshotPrototypes } from "../prototypes";

const model = shippedModel();
const scenarioIds = model.scenarios.map((s) => s.id);
const tieIds = model.ties.map((t) => t.id);
const nodeIds = model.nodes.map((n) => n.id);
const readerKeys = ["view", "scenario", "tie", "node", "theme"];
const runs = { numRuns: 400 };

function problemsWith(state: ReaderState): string[] {
  const problems: string[] = [];
  if (Object.keys(state).sort().join() !== "scenario,selection,theme,view") problems.push(`keys ${Object.keys(state).join()}`);
  if (!views.includes(state.view)) problems.push(`view ${String(state.view)}`);
  if (!scenarioIds.includes(state.scenario)) problems.push(`scenario ${String(state.scenario)}`);
  if (!themes.includes(state.theme)) problems.push(`theme ${String(state.theme)}`);
  const { selection } = state;
  if (selection !== null) {
    const index = selection.kind === "tie" ? model.tieIndex : selection.kind === "node" ? model.nodeIndex : undefined;
    if (!index?.has(selection.id) || Object.keys(selection).length !== 2) problems.push(`selection ${JSON.stringify(selection)}`);
  }
  return problems;
}

// Values an editor might plausibly type, and the near misses around them.
const known = [...views, ...scenarioIds, ...tieIds, ...nodeIds, ...themes, "1", "0", "true", "/data/x.json"];
const nearMiss = fc.oneof(
  fc.constantFrom(...known).map((v) => v.toUpperCase()),
  fc.constantFrom(...known).map((v) => ` ${v}`),
  fc.constantFrom(...known).map((v) => `${v}\u0000`),
  fc.constantFrom(...known).map((v) => `${v}-`),
  fc.constantFrom(...known).map((v) => v.slice(1)),
  fc.constantFrom(...known).map((v) => `${v}${v}`),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"),
  fc.constantFrom("<script>", "../../etc/passwd", "javascript:alert(1)", "a".repeat(65), "x".repeat(3000)),
);
const percent = (value: string) => encodeURIComponent(value);
const doublePercent = (value: string) => encodeURIComponent(encodeURIComponent(value));
const everyByte = (value: string) =>
  [...new TextEncoder().encode(value)].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
const brokenPercent = fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%C3", "%ED%A0%80", "%FF%FE", "%00", "%%", "%2", "%u0041");

const anyKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...readerKeys, "embed", "data") },
  { weight: 2, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "__defineGetter__", "toString") },
  { weight: 1, arbitrary: fc.constantFrom(...readerKeys).map((k) => k.toUpperCase()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const anyValue = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...known) },
  { weight: 3, arbitrary: nearMiss },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const encoded = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 2, arbitrary: text.map(percent) },
    { weight: 1, arbitrary: text.map(doublePercent) },
    { weight: 1, arbitrary: text.map(everyByte) },
    { weight: 1, arbitrary: fc.tuple(text, brokenPercent).map(([t, b]) => t + b) },
  );
const pair = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(encoded(anyKey), encoded(anyValue)).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: encoded(anyKey) },
  { weight: 1, arbitrary: fc.tuple(encoded(anyKey), encoded(anyValue), encoded(anyValue)).map(([k, a, b]) => `${k}=${a}=${b}`) },
);
const separator = fc.constantFrom("&", "&", "&", "&&", ";", "&amp;", "+", "#");
const structuredQuery = fc
  .tuple(fc.constantFrom("?", "", "??", "#"), fc.array(fc.tuple(pair, separator), { maxLength: 8 }))
  .map(([head, pairs]) => head + pairs.map(([p, s], k) => (k === pairs.length - 1 ? p : p + s)).join(""));
const anyQuery = fc.oneof(
  { weight: 6, arbitrary: structuredQuery },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  // Lone surrogates, which some decoders throw on.
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((units) => String.fromCharCode(...units)) },
);

const selection = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...tieIds).map((id) => ({ kind: "tie" as const, id })),
  fc.constantFrom(...nodeIds).map((id) => ({ kind: "node" as const, id })),
);
const validState: fc.Arbitrary<ReaderState> = fc.record({
  view: fc.constantFrom(...views),
  scenario: fc.constantFrom(...scenarioIds),
  selection,
  theme: fc.constantFrom(...themes),
});

describe("the URL codec under arbitrary input", () => {
  it("the pollution check notices pollution", () => {
    const before = snapshotPrototypes();
    (Object.prototype as Record<string, unknown>).polluted = true;
    try {
      expect(prototypeChanges(before)).toEqual(["Object.prototype[polluted] added"]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(prototypeChanges(before)).toEqual([]);
  });

  it("reads any query string into known values only, and resolves it to a valid state", () => {
    const before = snapshotPrototypes();
    fc.assert(
      fc.property(anyQuery, (search) => {
        const params = parseUrlParams(search);
        expect(typeof params.embed).toBe("boolean");
        for (const key of Object.keys(params))
          expect(["view", "scenario", "tie", "node", "theme", "embed", "data", "dataTooLong"]).toContain(key);
        if (params.view !== undefined) expect(views).toContain(params.view);
        if (params.theme !== undefined) expect(themes).toContain(params.theme);
        for (const id of [params.scenario, params.tie, params.node]) if (id !== undefined) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        if (params.data !== undefined) expect(params.data.length).toBeLessThanOrEqual(2048);
        // An address too long to use is kept only as its length, for the alert that says so.
        if (params.dataTooLong !== undefined) expect(params.dataTooLong).toBeGreaterThan(2048);
        expect(params.data !== undefined && params.dataTooLong !== undefined).toBe(false);
        expect(problemsWith(resolveReaderState(params, model))).toEqual([]);
        expect(prototypeChanges(before)).toEqual([]);
      }),
      runs,
    );
  });

  it("honours the first value given for a parameter when it is a valid one, and only then", () => {
    // Plain pairs (no encoding) so the expected state can be worked out without a decoder.
    const plainPairs = fc.array(fc.tuple(fc.constantFrom(...readerKeys), fc.oneof(fc.constantFrom(...known), nearMiss)), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(plainPairs, (pairs) => {
        const search = `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
        const first = (key: string) => pairs.find(([k]) => k === key)?.[1];
        const state = resolveReaderState(parseUrlParams(search), model);
        const view = first("view");
        const scenario = first("scenario");
        const theme = first("theme");
        const tie = first("tie");
        const node = first("node");
        expect(state.view).toBe(views.includes(view as never) ? view : model.dataset.defaults.view);
        expect(state.scenario).toBe(scenarioIds.includes(scenario as never) ? scenario : model.dataset.defaults.scenario);
        expect(state.theme).toBe(themes.includes(theme as never) ? theme : "auto");
        const expected =
          tie !== undefined && tieIds.includes(tie)
            ? { kind: "tie", id: tie }
            : node !== undefined && nodeIds.includes(node)
              ? { kind: "node", id: node }
              : null;
        expect(state.selection).toEqual(expected);
      }),
      runs,
    );
  });

  it("round-trips every valid state through the query string, whatever else the URL holds", () => {
    const before = snapshotPrototypes();
    fc.assert(
      fc.property(validState, anyQuery, (state, current) => {
        const search = formatUrlState(state, model, current);
        expect(resolveReaderState(parseUrlParams(search), model)).toEqual(state);
        // Writing the same state again changes nothing.
        expect(formatUrlState(state, model, search)).toBe(search);
        expect(prototypeChanges(before)).toEqual([]);
      }),
      runs,
    );
  });

  it("keeps every parameter that is not the reader's (embed, data, others) as it was", () => {
    fc.assert(
      fc.property(validState, anyQuery, (state, current) => {
        const before = new URLSearchParams(current);
        const after = new URLSearchParams(formatUrlState(state, model, current));
        const foreign = (params: URLSearchParams) => [...params].filter(([key]) => !readerKeys.includes(key));
        expect(foreign(after)).toEqual(foreign(before));
        const { embed, data } = parseUrlParams(current);
        expect(parseUrlParams(after.toString())).toMatchObject(data === undefined ? { embed } : { embed, data });
      }),
      runs,
    );
  });

  it("writes nothing for the dataset's defaults and no theme", () => {
    fc.assert(
      fc.property(anyQuery, (current) => {
        const defaults: ReaderState = { ...model.dataset.defaults, selection: null, theme: "auto" };
        const written = new URLSearchParams(formatUrlState(defaults, model, current));
        for (const key of readerKeys) expect(written.has(key)).toBe(false);
      }),
      runs,
    );
  });
});
