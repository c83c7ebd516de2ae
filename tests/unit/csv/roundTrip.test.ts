import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { csvFromDataset } from "../../../src/csv/csvFromDataset";
import { readCsvDataset } from "../../../src/csv/readCsvDataset";
import { validateDataset } from "../../../src/model/validateDataset";
import { shipped, shippedText, tinyDataset } from "../fixtures";

const templates = resolve("data/templates/indo-pacific");

describe("JSON → CSV → JSON", () => {
  it("gives back the shipped dataset exactly, key order included", () => {
    const csv = readCsvDataset(csvFromDataset(shipped()));
    expect(csv.errors).toEqual([]);
    expect(csv.value).toEqual(shipped());
    expect(JSON.stringify(csv.value)).toBe(JSON.stringify(JSON.parse(shippedText)));
    expect(validateDataset(csv.value).ok).toBe(true);
  });

  it("keeps every optional field: kinds, supports, inferred, feared, legend, reported false, views, the resilience caveat", () => {
    const data = tinyDataset();
    data.scenarios[0]!.kind = "observed";
    data.scenarios[1]!.kind = "projected";
    data.ties[0]!.quotes[0]!.supports = ["now", "later"];
    data.ties[0]!.quotes[0]!.reported = false;
    data.ties[1]!.quotes[0]!.reported = true;
    data.ties[1]!.inferred = { later: "Inferred: no quote says so." };
    data.ties[1]!.feared = ["later"];
    data.ties[2]!.label = "A and B";
    data.ties[2]!.background = [{ fact: "A fact.", citation: { title: "A page", url: "https://example.org/p" } }];
    data.legend = { states: { steady: { label: "Calm" } }, roles: { hub: { description: "The middle." } } };
    data.meta.views = { hub: { description: "Spokes." }, lattice: { description: "A web.", centre: ["hub", "a"] } };
    data.meta.source.note = "A note, with a comma and “quotes”.";
    data.meta.resilience = {
      caveat: { text: "Without the hub, they would struggle.", speaker: "S", affiliation: "A", reported: true, supports: ["later"] },
    };
    const csv = readCsvDataset(csvFromDataset(data));
    expect(csv.errors).toEqual([]);
    expect(csv.value).toEqual(data);
  });

  it("keeps a story's steps, each field in its own column and the notes one per line", () => {
    const data = tinyDataset();
    data.story = {
      steps: [
        { id: "start", title: "The hub", text: "Every spoke, with a comma." },
        {
          id: "later",
          title: "Later",
          text: "Two allies sign: a pact.",
          view: "lattice",
          scenario: "later",
          select: { tie: "a-b" },
          highlight: { nodes: ["a", "b"], ties: ["a-b"] },
          without: ["hub"],
          compare: ["now", "later"],
          annotations: [
            { target: "a-b", text: "Signed: at last." },
            { target: "c", text: "Watching." },
          ],
        },
        { id: "one", title: "One actor", text: "Just one.", select: { node: "c" } },
      ],
    };
    const files = csvFromDataset(data);
    expect(files.find((file) => file.name === "steps.csv")?.text).toContain('"a-b: Signed: at last.\nc: Watching."');
    const csv = readCsvDataset(files);
    expect(csv.errors).toEqual([]);
    expect(csv.value).toEqual(data);
    expect(validateDataset(csv.value).ok).toBe(true);
  });

  it("reads the resilience caveat's reported key as yes or no, and names the cell otherwise", () => {
    const data = tinyDataset();
    data.meta.resilience = { caveat: { text: "A caveat.", reported: false } };
    const files = csvFromDataset(data).map((file) =>
      file.name === "meta.csv"
        ? { ...file, text: file.text.replace("resilience_caveat_reported,no", "resilience_caveat_reported,maybe") }
        : file,
    );
    const csv = readCsvDataset(files);
    expect(csv.errors.map((error) => `${error.where}: ${error.message}`)).toEqual([
      expect.stringMatching(/^meta\.csv, row \d+, resilience_caveat_reported: "maybe" should be yes or no, or left blank$/),
    ]);
  });

  it("ships the shipped dataset's CSV as the template, as `npm run export-csv` writes it", () => {
    const files = csvFromDataset(shipped());
    expect(readdirSync(templates).sort()).toEqual(files.map((file) => file.name).sort());
    for (const file of files) expect(readFileSync(join(templates, file.name), "utf8"), file.name).toBe(file.text);
  });
});
