import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { articleText, shipped } from "../fixtures";

/** The only differences the quoting rules allow: quotation marks and apostrophes, white space. */
const normalize = (text: string) =>
  text
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, " ")
    .trim();

const paragraphs = articleText.split("\n").filter((line) => line.trim());
const commentPrompt = paragraphs.at(-1)!;
const article = normalize(paragraphs.slice(0, -1).join("\n"));

const dataset = shipped();
const quotes = dataset.ties.flatMap((tie) => tie.quotes.map((quote) => ({ tie: tie.id, ...quote })));
const label = (id: string) => dataset.nodes.find((node) => node.id === id)?.label;

describe("the shipped dataset against its article", () => {
  it("keeps a copy of the article identical to the shared source, where that is present", () => {
    const shared = resolve("../shared/source/000_f6d1e5e37f74988d.txt");
    if (!existsSync(shared)) return expect(articleText.length).toBeGreaterThan(8000);
    expect(articleText).toBe(readFileSync(shared, "utf8"));
  });

  it("quotes only verbatim passages of the article, never the comment prompt", () => {
    expect(commentPrompt).toMatch(/^With your current subscription plan/);
    const missing = quotes.filter((quote) => !article.includes(normalize(quote.text)));
    expect(missing.map((q) => `${q.tie}: ${q.text.slice(0, 60)}`)).toEqual([]);
  });

  it("attributes a quote to a speaker only where the article names them near the words", () => {
    for (const quote of quotes.filter((q) => q.speaker && !q.speaker.startsWith("A former"))) {
      const surname = quote.speaker!.split(" ").at(-1)!;
      const at = article.indexOf(normalize(quote.text));
      const around = article.slice(Math.max(0, at - 400), at + quote.text.length + 200);
      expect(around, `${quote.tie}: ${quote.speaker}`).toContain(surname);
    }
  });

  it("credits reporting passages to the publication by leaving the speaker out", () => {
    const reporting = quotes.filter((q) => !q.speaker);
    expect(reporting.length).toBeGreaterThan(10);
    // A passage in the article's own voice never contains "said" right after a closing quote.
    for (const quote of reporting) expect(normalize(quote.text)).not.toMatch(/," (said|he said|she said)/);
  });

  it("names every country and organization the article names", () => {
    const expected = [
      "United States",
      "Japan",
      "South Korea",
      "Australia",
      "Philippines",
      "European Union",
      "India",
      "Vietnam",
      "Brunei",
      "United Kingdom",
      "Canada",
      "France",
      "NATO",
      "Ukraine",
      "China",
      "North Korea",
      "Russia",
      "Taiwan",
    ];
    expect(dataset.nodes.map((node) => node.label).sort()).toEqual([...expected].sort());
    expect(dataset.nodes.find((node) => node.role === "hub")?.label).toBe("United States");
    expect(
      dataset.nodes
        .filter((node) => node.role === "ally")
        .map((node) => node.label)
        .sort(),
      // Allies here are the spokes of the Indo-Pacific hub-and-spokes order the article describes
      // (L24). The U.K., France and Canada are U.S. allies through NATO, which their ties' background
      // says; the article shows them only as Manila's security partners (L32).
    ).toEqual(["Australia", "Japan", "Philippines", "South Korea"]);
    expect(
      dataset.nodes
        .filter((node) => node.role === "rival")
        .map((node) => node.label)
        .sort(),
    ).toEqual(["China", "North Korea", "Russia"]);
  });

  it("has every tie the article describes", () => {
    const members = (id: string) =>
      dataset.ties
        .find((tie) => tie.id === id)
        ?.members.map(label)
        .sort();
    const described: Record<string, string[]> = {
      "us-japan": ["Japan", "United States"],
      "us-south-korea": ["South Korea", "United States"],
      "us-australia": ["Australia", "United States"],
      "us-philippines": ["Philippines", "United States"],
      "us-japan-south-korea": ["Japan", "South Korea", "United States"],
      "japan-south-korea": ["Japan", "South Korea"],
      "allies-cooperation": ["Australia", "Japan", "Philippines"],
      "nato-ukraine": ["NATO", "Ukraine"],
      "us-nato": ["NATO", "United States"],
      "us-china": ["China", "United States"],
      "us-north-korea": ["North Korea", "United States"],
      "us-russia": ["Russia", "United States"],
      "us-taiwan": ["Taiwan", "United States"],
      "russia-ukraine": ["Russia", "Ukraine"],
      "russia-nato": ["NATO", "Russia"],
    };
    for (const [id, expected] of Object.entries(described)) expect(members(id), id).toEqual(expected);
    const pacts = dataset.ties
      .filter((tie) => tie.kind === "Pact")
      .map((tie) => tie.members.filter((m) => m !== "philippines").map(label)[0]);
    expect(pacts.sort()).toEqual(["Australia", "Brunei", "European Union", "India", "United Kingdom", "Vietnam"]);
    const sought = dataset.ties.filter((tie) => tie.kind === "Visiting-forces agreement");
    expect(sought.map((tie) => label(tie.members[1]!)).sort()).toEqual(["Canada", "France", "Japan"]);
    expect(sought.every((tie) => tie.status.biden === "sought" && tie.status.trump === "sought")).toBe(true);
  });

  it("keeps the trilateral partnership one multilateral tie, never split into pairs", () => {
    const trilateral = dataset.ties.filter((tie) => tie.kind === "Trilateral security partnership");
    expect(trilateral).toHaveLength(1);
    expect(trilateral[0]!.members).toEqual(["us", "japan", "south-korea"]);
  });

  it("gives every tie a state under Biden and Trump, and marks Trump-era pressure", () => {
    for (const tie of dataset.ties) expect(Object.keys(tie.status).sort(), tie.id).toEqual(["biden", "trump"]);
    const spokes = ["us-japan", "us-south-korea", "us-australia", "us-philippines"];
    for (const id of spokes) expect(dataset.ties.find((t) => t.id === id)?.status.trump).toBe("strained");
  });

  it("observes the Biden era and projects the Trump term, which the article wrote before any election", () => {
    expect(dataset.scenarios.map((s) => [s.id, s.kind])).toEqual([
      ["biden", "observed"],
      ["trump", "projected"],
    ]);
  });

  it("words the rival ties under Trump as fears, as the article does (L8: “could include”, L9: “would be concerned”)", () => {
    for (const id of ["us-china", "us-north-korea", "us-russia", "us-taiwan"])
      expect(dataset.ties.find((t) => t.id === id)?.feared, id).toEqual(["trump"]);
  });

  it("shows no tie as sealed: the article reports efforts to institutionalize, none completed", () => {
    for (const tie of dataset.ties) expect(Object.values(tie.status), tie.id).not.toContain("institutionalized");
  });

  it("carries the counterweights the article gives (L16, L27, L36) on the spokes they temper", () => {
    const texts = (id: string) => dataset.ties.find((t) => t.id === id)!.quotes.map((q) => normalize(q.text));
    for (const id of ["us-japan", "us-south-korea", "us-australia", "us-philippines"]) {
      expect(
        texts(id).some((t) => t.includes("hasn't aimed to completely dismantle it")),
        id,
      ).toBe(true);
      expect(
        texts(id).some((t) => t.includes("unlikely to break key U.S. agreements on day one")),
        id,
      ).toBe(true);
    }
    expect(texts("us-japan").some((t) => t.includes("enough to reassure him"))).toBe(true);
  });

  it("says in background that the U.K., France and Canada are U.S. treaty allies through NATO", () => {
    for (const id of ["philippines-uk", "philippines-canada-vfa", "philippines-france-vfa", "us-nato"])
      expect(
        dataset.ties.find((t) => t.id === id)?.background?.some((b) => /North Atlantic Treaty/.test(b.fact)),
        id,
      ).toBe(true);
  });

  it("gives every spoke its treaty as background", () => {
    for (const id of ["us-japan", "us-south-korea", "us-australia", "us-philippines"])
      expect(
        dataset.ties.find((t) => t.id === id)?.background?.some((b) => /Treaty/.test(b.fact)),
        id,
      ).toBe(true);
  });

  it("puts the article's own caveat (L33) beside the figure", () => {
    expect(dataset.meta.resilience?.caveat.text).toMatch(/^Still, absent U\.S\. involvement/);
  });

  it("keeps background facts apart from quotes, each with a citation", () => {
    const background = dataset.ties.flatMap((tie) => tie.background ?? []);
    expect(background.length).toBeGreaterThan(0);
    for (const item of background) {
      expect(item.citation.url).toMatch(/^https:\/\//);
      expect(article.includes(normalize(item.fact))).toBe(false);
    }
  });
});
