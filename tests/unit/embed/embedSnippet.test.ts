// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { embedSandbox, embedSnippet, embedUrls } from "../../../src/embed/embedSnippet";
import type { ReaderState } from "../../../src/state/appState";
import { shippedModel } from "../fixtures";

const model = shippedModel();
const chosen: ReaderState = { view: "lattice", scenario: "trump", selection: { kind: "tie", id: "us-japan-south-korea" }, theme: "auto" };
const defaults: ReaderState = { view: "hub", scenario: "biden", selection: null, theme: "auto" };

/** The snippet as a browser would read it when pasted into a page. */
function paste(snippet: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, "text/html");
  return { iframe: doc.querySelector("iframe")!, script: doc.querySelector("script")!, noscript: doc.querySelector("noscript")!, doc };
}

describe("the embed snippet", () => {
  it("gives absolute addresses from wherever the app is served, the state in the embed's query", () => {
    for (const page of [
      "https://news.example/graphics/latticework/?view=hub#top",
      "https://news.example/graphics/latticework/index.html",
      "https://news.example/graphics/latticework/index.html?embed=1&tie=us-china",
    ]) {
      const urls = embedUrls(page, chosen, model);
      const base = page.includes("index.html")
        ? "https://news.example/graphics/latticework/index.html"
        : "https://news.example/graphics/latticework/";
      expect(urls.embed, page).toBe(`${base}?embed=1&view=lattice&scenario=trump&tie=us-japan-south-korea`);
      expect(urls.full, page).toBe(`${base}?view=lattice&scenario=trump&tie=us-japan-south-korea`);
      expect(urls.script, page).toBe("https://news.example/graphics/latticework/embed.js");
    }
  });

  it("leaves out what equals the default, keeps a dataset URL and a chosen theme", () => {
    const urls = embedUrls("http://localhost:4173/g/?data=other.json&view=lattice", { ...defaults, theme: "dark" }, model);
    expect(urls.embed).toBe("http://localhost:4173/g/?embed=1&data=other.json&theme=dark");
    expect(embedUrls("http://localhost:4173/g/", defaults, model).embed).toBe("http://localhost:4173/g/?embed=1");
    expect(embedUrls("http://localhost:4173/g/", { ...defaults, selection: { kind: "node", id: "japan" } }, model).embed).toBe(
      "http://localhost:4173/g/?embed=1&node=japan",
    );
  });

  it("pastes as an iframe with a title, the sandbox and a reserved height, the script, and a link", () => {
    const urls = embedUrls("https://news.example/graphics/latticework/", chosen, model);
    const { iframe, script, noscript } = paste(embedSnippet(urls, model.dataset.meta.title, 1071.4));
    expect(iframe.getAttribute("src")).toBe(urls.embed);
    expect(iframe.title).toBe("From hub to lattice: Asia’s alliances brace for Trump");
    expect(iframe.hasAttribute("data-latticework")).toBe(true);
    expect(iframe.getAttribute("height")).toBe("1072");
    expect(iframe.getAttribute("width")).toBe("100%");
    expect(iframe.getAttribute("sandbox")).toBe(embedSandbox);
    expect(embedSandbox.split(" ")).not.toContain("allow-same-origin");
    expect(iframe.getAttribute("loading")).toBe("lazy");
    expect(script.getAttribute("src")).toBe(urls.script);
    expect(script.hasAttribute("defer")).toBe(true);
    // DOMParser parses with scripting off: the noscript's link as a reader without scripts gets it.
    const link = noscript.querySelector("a")!;
    expect(link.getAttribute("href")).toBe(urls.full);
    expect(link.textContent).toBe("From hub to lattice: Asia’s alliances brace for Trump (interactive graphic)");
  });

  it("keeps a title with markup and quotes as text", () => {
    const urls = embedUrls("https://news.example/g/", defaults, model);
    const title = `"><script>alert(1)</script><b>&amp;`;
    const { iframe, doc } = paste(embedSnippet(urls, title, 600));
    expect(iframe.title).toBe(title);
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(doc.querySelector("b")).toBeNull();
  });
});
