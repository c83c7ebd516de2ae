import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildGraphModel } from "../../src/model/graphModel";
import type { Dataset } from "../../src/model/schema";

export const shippedText = readFileSync(resolve("data/indo-pacific.json"), "utf8");
export const shipped = (): Dataset => JSON.parse(shippedText) as Dataset;
export const shippedModel = () => buildGraphModel(shipped());
export const articleText = readFileSync(resolve("data/source/japan-times-2024-06-25.txt"), "utf8");

/**
 * A newsroom's dataset on another topic (three scenarios, a three-member tie, a rival): what the
 * UI tests draw, so they test the graphic and not the shipped prose.
 */
const riverBasinText = readFileSync(resolve("tests/browser/fixtures/river-basin.json"), "utf8");
export const riverBasin = (): Dataset => JSON.parse(riverBasinText) as Dataset;

/** A small valid dataset to break in tests: every test gets its own copy. */
export function tinyDataset(): Dataset {
  return {
    meta: {
      title: "Tiny",
      description: "A tiny network.",
      source: { publisher: "Gazette", title: "An article", date: "2024-01-02", url: "https://example.org/a" },
      asOf: "2024-01-02",
    },
    scenarios: [
      { id: "now", label: "Now", description: "As things are.", kind: "observed" },
      { id: "later", label: "Later", description: "As they may be.", kind: "projected" },
    ],
    defaults: { view: "hub", scenario: "now" },
    nodes: [
      { id: "hub", label: "Hubland", kind: "country", role: "hub" },
      { id: "a", label: "Aland", kind: "country", role: "ally" },
      { id: "b", label: "Beland", kind: "country", role: "ally" },
      { id: "c", label: "Celand", kind: "organization", role: "partner" },
      { id: "r", label: "Rivalia", kind: "country", role: "rival" },
    ],
    ties: [
      {
        id: "hub-a",
        members: ["hub", "a"],
        kind: "Alliance",
        summary: "A spoke.",
        status: { now: "steady", later: "strained" },
        inferred: { later: "Read from the minister's warning." },
        quotes: [{ text: "We stand together.", supports: ["now"] }],
      },
      {
        id: "hub-b",
        members: ["hub", "b"],
        kind: "Alliance",
        summary: "A spoke.",
        status: { now: "deepening", later: "at-risk" },
        feared: ["later"],
        quotes: [{ text: "Another spoke.", speaker: "Bea", affiliation: "Minister", supports: ["now", "later"] }],
      },
      {
        id: "a-b",
        members: ["a", "b"],
        kind: "Pact",
        summary: "Allies together.",
        status: { now: "sought", later: "institutionalized" },
        quotes: [{ text: "Between allies.", supports: ["now", "later"] }],
      },
      {
        id: "hub-a-c",
        members: ["hub", "a", "c"],
        kind: "Trilateral",
        summary: "A group.",
        status: { now: "deepening", later: "absent" },
        quotes: [{ text: "Three together.", supports: ["now"] }],
      },
      {
        id: "hub-r",
        members: ["hub", "r"],
        kind: "Rivalry",
        summary: "A rival.",
        status: { now: "adversarial", later: "escalating" },
        quotes: [{ text: "Tension.", supports: ["now", "later"] }],
      },
    ],
  };
}
