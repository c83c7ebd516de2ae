import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHostMessage, stateMessage } from "../../../src/embed/protocol";
import { views } from "../../../src/model/vocabulary";
import { shippedModel } from "../fixtures";

const model = shippedModel();
const tieIds = model.ties.map((t) => t.id);
const nodeIds = model.nodes.map((n) => n.id);
const scenarioIds = model.scenarios.map((s) => s.id);

/** Values a careless or hostile host might put in a field: near misses and the right kinds of wrong. */
const nearMiss = fc.oneof(
  fc.anything(),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", " lattice", "Hub"),
  fc.constantFrom(...tieIds, ...nodeIds, ...scenarioIds, ...views).map((id) => id.toUpperCase()),
  fc.constantFrom(...tieIds, ...nodeIds, ...scenarioIds, ...views).map((id) => `${id} `),
);
const typeValue = fc.oneof(
  fc.constant("latticework:set"),
  fc.constantFrom("latticework:state", "latticework:resize", "latticework:Set", "latticework:set\u0000", "latticework", "set"),
  fc.anything(),
);
const key = fc.constantFrom("type", "view", "scenario", "tie", "node", "__proto__", "constructor", "prototype", "toString");
const messageLike = fc.dictionary(key, fc.oneof(nearMiss, typeValue), { maxKeys: 6 });

const protoBefore = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe("parseHostMessage under fuzzing", () => {
  it("never throws and never touches Object.prototype, whatever arrives", () => {
    const before = protoBefore();
    fc.assert(
      fc.property(fc.oneof(fc.anything(), messageLike, fc.jsonValue()), (data) => {
        parseHostMessage(data, model);
      }),
      { numRuns: 3000 },
    );
    // JSON.parse makes "__proto__" an own key, as a cloned message may carry it.
    fc.assert(
      fc.property(messageLike, (data) => {
        parseHostMessage(JSON.parse(JSON.stringify(data)) as unknown, model);
        parseHostMessage(JSON.parse(`{"__proto__": ${JSON.stringify(data)}}`) as unknown, model);
      }),
      { numRuns: 1000 },
    );
    expect(protoBefore()).toEqual(before);
    expect(({} as Record<string, unknown>).view).toBeUndefined();
  });

  it("returns only valid changes: known view, scenario and ids, never both a tie and a node", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), messageLike), (data) => {
        const change = parseHostMessage(data, model);
        if (change === null) return;
        if ("view" in change) expect(views).toContain(change.view);
        if ("scenario" in change) expect(scenarioIds).toContain(change.scenario);
        if (change.selection) expect(change.selection.kind === "tie" ? tieIds : nodeIds).toContain(change.selection.id);
      }),
      { numRuns: 3000 },
    );
  });

  it("ignores any message whose type is not exactly latticework:set", () => {
    fc.assert(
      fc.property(messageLike, fc.anything(), (data, type) => {
        fc.pre(type !== "latticework:set");
        expect(parseHostMessage({ ...data, type }, model)).toBeNull();
      }),
    );
  });

  it("ignores a message with any wrong field, however right the others", () => {
    const field = fc.constantFrom("view", "scenario", "tie", "node");
    fc.assert(
      fc.property(field, nearMiss, fc.constantFrom(...views), (name, value, view) => {
        fc.pre(!(name === "view" ? views : name === "scenario" ? scenarioIds : name === "tie" ? tieIds : nodeIds).includes(value as never));
        fc.pre(!((name === "tie" || name === "node") && value === null));
        expect(parseHostMessage({ type: "latticework:set", view, [name]: value }, model)).toBeNull();
      }),
    );
  });

  it("sets back exactly the state a state message reported", () => {
    const selection = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...tieIds).map((id) => ({ kind: "tie" as const, id })),
      fc.constantFrom(...nodeIds).map((id) => ({ kind: "node" as const, id })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...views), fc.constantFrom(...scenarioIds), selection, (view, scenario, selected) => {
        const echoed = { ...stateMessage({ view, scenario, selection: selected }), type: "latticework:set" };
        expect(parseHostMessage(echoed, model)).toEqual({ view, scenario, selection: selected });
      }),
    );
  });
});
