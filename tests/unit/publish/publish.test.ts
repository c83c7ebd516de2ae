// @vitest-environment node
import { describe, expect, it } from "vitest";
import { composePage, headTags, inlineJson } from "../../../scripts/publishHtml";
import { derivedAlt, pageMeta } from "../../../src/publish/pageMeta";
import { matchPreset, type PresetLayout } from "../../../src/publish/publishedLayouts";
import { tinyDataset } from "../fixtures";

const preset = (width: number, height: number): PresetLayout => ({
  size: { width, height },
  hub: { x: [], y: [] },
  lattice: { x: [], y: [] },
});

describe("publishing", () => {
  it("derives the picture's alt text from the data, and takes meta.alt when given", () => {
    const dataset = tinyDataset();
    expect(derivedAlt(dataset)).toBe(
      "Network of 4 countries and 1 organization joined by " +
        `${dataset.ties.length} ties, Hubland at the hub, drawn as hub-and-spokes under Now: Tiny`,
    );
    expect(pageMeta({ ...dataset, meta: { ...dataset.meta, alt: "A tiny network." } }).alt).toBe("A tiny network.");
  });

  it("draws a preset scaled only into a box of its shape, at nearly its size", () => {
    const presets = [preset(660, 454), preset(334, 401)];
    expect(matchPreset(presets, { width: 812, height: 558 })).toBe(presets[0]);
    expect(matchPreset(presets, { width: 321, height: 385 })).toBe(presets[1]);
    expect(matchPreset(presets, { width: 1192, height: 570 })).toBeNull();
    expect(matchPreset(presets, { width: 1000, height: 688 })).toBeNull();
  });

  it("puts og:image and absolute addresses in the head only with a public URL", () => {
    const meta = { title: "A <title>", description: 'Says "hi"', alt: "Alt" };
    const without = headTags({ meta, url: null, file: "" });
    expect(without).toContain("<title>A &lt;title&gt;</title>");
    expect(without).toContain('<meta property="og:description" content="Says &quot;hi&quot;" />');
    expect(without).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(without).not.toContain("og:image");
    const withUrl = headTags({ meta, url: "https://news.example/g/", file: "" });
    expect(withUrl).toContain('<meta property="og:image" content="https://news.example/g/social.png" />');
    expect(withUrl).toContain('<link rel="canonical" href="https://news.example/g/" />');
  });

  it("inlines JSON that cannot close its script element, after the picture", () => {
    expect(inlineJson({ text: "</script><script>alert(1)</script>" })).not.toContain("<");
    const template =
      '<html lang="en"><head><title>x</title><!--latticework:head--></head><body><div id="root"><!--latticework:picture--></div><!--latticework:data--></body></html>';
    const page = composePage(template, {
      meta: { title: "T", description: "D", alt: "A" },
      url: null,
      file: "",
      picture: "<p>picture</p>",
      dataset: { a: 1 },
      layouts: [],
      embed: true,
    });
    expect(page.indexOf("<p>picture</p>")).toBeLessThan(page.indexOf('id="latticework-dataset"'));
    expect(page).toContain('<html lang="en" class="is-embed">');
    expect(page.match(/<title>/g)).toHaveLength(1);
  });
});
