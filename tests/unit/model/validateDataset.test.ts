import { describe, expect, it } from "vitest";
import { drawableLimits } from "../../../src/model/schema";
import { validateDataset, validateDatasetText } from "../../../src/model/validateDataset";
import { formatValidationError } from "../../../src/model/validationError";
import { shipped, tinyDataset } from "../fixtures";

const errorsOf = (data: unknown) => {
  const result = validateDataset(data);
  if (result.ok) throw new Error("expected the dataset to be refused");
  return result.errors.map(formatValidationError);
};

describe("validateDataset", () => {
  it("accepts the shipped dataset", () => {
    const result = validateDataset(shipped());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("accepts a minimal dataset and returns it typed", () => {
    const result = validateDataset(tinyDataset());
    expect(result.ok && result.dataset.nodes.map((n) => n.id)).toEqual(["hub", "a", "b", "c", "r"]);
  });

  it("refuses more nodes or ties than the graphic draws well, and says that is why", () => {
    const limits = drawableLimits;
    const data = tinyDataset();
    const filler = (k: number) => ({ id: `n${k}`, label: `N${k}`, kind: "country" as const, role: "partner" as const });
    data.nodes.push(...Array.from({ length: limits.nodes + 1 - data.nodes.length }, (_, k) => filler(k)));
    const tie = data.ties[0]!;
    data.ties.push(...Array.from({ length: limits.ties + 1 - data.ties.length }, (_, k) => ({ ...tie, id: `t${k}` })));
    const nodes = limits.nodes.toLocaleString("en");
    const ties = limits.ties.toLocaleString("en");
    expect(errorsOf(data)).toEqual(
      expect.arrayContaining([
        `nodes: has more than ${nodes} nodes: the graphic draws at most ${nodes} nodes well (smoothly, and without holding the page), so a dataset may not have more`,
        `ties: has more than ${ties} ties: the graphic draws at most ${ties} ties well (smoothly, and without holding the page), so a dataset may not have more`,
      ]),
    );
    // At the limit, the same dataset passes.
    data.nodes.length = limits.nodes;
    data.ties.length = limits.ties;
    expect(validateDataset(data).ok).toBe(true);
  });

  it("names a tie member that is not a node, by path", () => {
    const data = tinyDataset();
    data.ties[0]!.members[1] = "atlantis";
    expect(errorsOf(data)).toEqual(['ties[0].members[1]: there is no node "atlantis"']);
  });

  it("names duplicate ids at their second use", () => {
    const data = tinyDataset();
    data.nodes[2]!.id = "a";
    data.ties[1]!.id = "hub-a";
    expect(errorsOf(data)).toEqual([
      'nodes[2].id: "a" is already the id of an earlier node: give each node its own id',
      'ties[1].id: "hub-a" is already the id of an earlier tie: give each tie its own id',
      // Renaming b to a leaves "b" unknown in the ties that named it.
      'ties[1].members[1]: there is no node "b"',
      'ties[2].members[1]: there is no node "b"',
    ]);
  });

  it("requires at least one quote per tie", () => {
    const data = tinyDataset();
    data.ties[3]!.quotes = [];
    expect(errorsOf(data)).toEqual(["ties[3]: has no quotes: every tie needs at least one"]);
  });

  it("reports a wrong type with what it found", () => {
    const data = tinyDataset() as unknown as { nodes: { label: unknown }[]; ties: { quotes: { speaker?: unknown }[] }[] };
    data.nodes[0]!.label = 42;
    data.ties[1]!.quotes[0]!.speaker = ["Bea"];
    expect(errorsOf(data)).toEqual(["nodes[0].label: should be text, not 42", "ties[1].quotes[0].speaker: should be text, not an array"]);
  });

  it("reports a missing field as missing", () => {
    const data = tinyDataset() as unknown as { ties: Record<string, unknown>[] };
    delete data.ties[2]!.summary;
    expect(errorsOf(data)).toEqual(["ties[2].summary: is missing"]);
  });

  it("refuses states outside the vocabulary and unknown scenarios", () => {
    const data = tinyDataset() as unknown as { ties: { status: Record<string, string> }[]; defaults: { scenario: string } };
    data.ties[0]!.status.now = "friendly";
    data.ties[1]!.status.obama = "steady";
    data.defaults.scenario = "someday";
    const errors = errorsOf(data);
    expect(errors[0]).toMatch(/^ties\[0\]\.status\.now: "friendly" is not a state; use one of "institutionalized", .*"absent"$/);
    expect(errors.slice(1)).toEqual([
      'defaults.scenario: there is no scenario "someday"',
      'ties[1].status.obama: there is no scenario "obama"',
    ]);
  });

  it("requires a state for every scenario", () => {
    const data = tinyDataset() as unknown as { ties: { status: Record<string, string> }[] };
    delete data.ties[4]!.status.later;
    expect(errorsOf(data)).toEqual(['ties[4].status.later: has no state for the scenario "later": give one']);
  });

  it("lists shape errors and cross-reference errors together", () => {
    const data = tinyDataset() as unknown as { nodes: { kind: string }[]; ties: { members: string[] }[] };
    data.nodes[1]!.kind = "planet";
    data.ties[0]!.members.push("nowhere");
    const errors = errorsOf(data);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe('nodes[1].kind: "planet" is not a kind of node; use one of "country", "organization"');
    expect(errors[1]).toBe('ties[0].members[2]: there is no node "nowhere"');
  });

  it("refuses unknown fields, which are usually typos", () => {
    const data = tinyDataset() as unknown as { ties: Record<string, unknown>[] };
    data.ties[0]!.qoutes = [];
    expect(errorsOf(data)).toEqual(['ties[0].qoutes: "qoutes" is not a field here. Did you mean "quotes"?']);
  });

  it("refuses __proto__, constructor and prototype keys without polluting anything", () => {
    const text = shippedLike('{"__proto__": {"polluted": true}, "id": "x"}');
    const result = validateDatasetText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
      expect.stringMatching(/^nodes\[0\] \("hub"\), __proto__: the key "__proto__" is not allowed \(line 1, column \d+\)$/),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting deeper than any dataset goes, however deep, in one error", () => {
    // A few megabytes of "[[[[…" stay under the size cap; walking them must cost no more than reading them.
    const depth = 1_000_000;
    const result = validateDatasetText(
      JSON.stringify(tinyDataset()).replace('"label":"Hubland"', `"label":${"[".repeat(depth)}${"]".repeat(depth)}`),
    );
    expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^nodes\\[0\\] \\("hub"\\), label${"\\[0\\]".repeat(30)}: is nested more than 32 levels deep \\(line 1, column \\d+\\)$`,
        ),
      ),
    ]);
  });

  it("refuses a file that is not JSON, at the root", () => {
    const result = validateDatasetText("{ nodes: [");
    expect(!result.ok && result.errors[0]!.path).toBe("(root)");
    expect(!result.ok && result.errors[0]!.message).toMatch(/^not valid JSON/);
  });

  it("requires grounds for every state but absent, and says what to add", () => {
    const data = tinyDataset();
    delete data.ties[0]!.inferred;
    data.ties[3]!.quotes[0]!.supports = [];
    expect(errorsOf(data)).toEqual([
      'ties[0].status.later: "strained" has no grounds: add "later" to the supports of the quote that says so, or give ties[0].inferred.later a one-line reason',
      'ties[3].status.now: "deepening" has no grounds: add "now" to the supports of the quote that says so, or give ties[3].inferred.now a one-line reason',
    ]);
  });

  it("accepts an absent state with no grounds, and an inference in place of a quote", () => {
    const data = tinyDataset();
    data.ties[3]!.quotes[0]!.supports = [];
    data.ties[3]!.inferred = { now: "Inferred from the summit's communiqué." };
    expect(validateDataset(data).ok).toBe(true);
  });

  it("checks the scenario ids that grounds and fears name", () => {
    const data = tinyDataset();
    data.ties[1]!.quotes[0]!.supports = ["now", "later", "someday"];
    data.ties[0]!.inferred = { later: "A reason.", never: "Another." };
    data.ties[1]!.feared = ["later", "now"];
    expect(errorsOf(data)).toEqual([
      'ties[0].inferred.never: unknown scenario "never"',
      'ties[1].quotes[0].supports[2]: unknown scenario "someday"',
      'ties[1].feared[1]: scenario "now" is not projected: only a projected state can be marked feared',
    ]);
  });

  it("needs exactly one hub", () => {
    const data = tinyDataset();
    data.nodes[0]!.role = "ally";
    expect(errorsOf(data)).toEqual(['nodes: needs exactly one node with role "hub" (the centre of the hub-and-spokes view); found 0']);
  });
});

function shippedLike(firstNode: string): string {
  const data = tinyDataset();
  const text = JSON.stringify(data);
  return text.replace('"nodes":[{', `"nodes":[${firstNode.slice(0, -1)},`);
}
