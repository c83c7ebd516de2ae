// @vitest-environment node
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

  it("keeps every optional field: kinds, supports, inferred, legend, reported false, views", () => {
    const data = tinyDataset();
    data.scenarios[0]!.kind = "observed";
    data.scenarios[1]!.kind = "projected";
    data.ties[0]!.quotes[0]!.supports = ["now", "later"];
    data.ties[0]!.quotes[0]!.reported = false;
    data.ties[1]!.quotes[0]!.reported = true;
    data.ties[1]!.inferred = { later: "Inferred: no quote says so." };
    data.ties[2]!.label = "A and B";
    data.ties[2]!.background = [{ fact: "A fact.", citation: { title: "A page", url: "https://example.org/p" } }];
    data.legend = { states: { steady: { label: "Calm" } }, roles: { hub: { description: "The middle." } } };
    data.meta.views = { hub: { description: "Spokes." }, lattice: { description: "A web.", centre: ["hub", "a"] } };
    data.meta.source.note = "A note, with a comma and “quotes”.";
    const csv = readCsvDataset(csvFromDataset(data));
    expect(csv.errors).toEqual([]);
    expect(csv.value).toEqual(data);
  });

  it("ships the shipped dataset's CSV as the template, as `npm run export-csv` writes it", () => {
    const files = csvFromDataset(shipped());
    expect(readdirSync(templates).sort()).toEqual(files.map((file) => file.name).sort());
    for (const file of files) expect(readFileSync(join(templates, file.name), "utf8"), file.name).toBe(file.text);
  });
});
