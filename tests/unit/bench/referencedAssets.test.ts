import { describe, expect, it } from "vitest";
import { referencedAssets } from "../../../bench/referencedAssets";

describe("referencedAssets", () => {
  it("lists a built page's scripts, stylesheets and other links apart", () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
      <script defer src="./assets/latticework-abc.js"></script>
      <link rel="stylesheet" href="./assets/style-def.css">
      <link href='./assets/font.woff2' rel=preload>
      <script>inline()</script>
    </head><body><div id="root"></div><script src=./late.js></script></body></html>`;
    expect(referencedAssets(html)).toEqual({
      scripts: ["./assets/latticework-abc.js", "./late.js"],
      stylesheets: ["./assets/style-def.css"],
      links: ["./favicon.svg", "./assets/font.woff2"],
    });
  });

  it("finds nothing in a page that references nothing", () => {
    expect(referencedAssets("<p>Hello</p>")).toEqual({ scripts: [], stylesheets: [], links: [] });
  });
});
