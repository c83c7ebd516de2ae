// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isReaderPage, readerPageUrl } from "../../../src/controls/readerPage";

describe("reader pages", () => {
  it("marks an address as a reader's page, keeping its state, and recognises the mark", () => {
    const url = readerPageUrl("https://news.example/g/?view=lattice&tie=a-b");
    expect(url).toBe("https://news.example/g/?view=lattice&tie=a-b&reader=1");
    expect(isReaderPage(new URL(url).search)).toBe(true);
    expect(isReaderPage("?view=lattice")).toBe(false);
    expect(isReaderPage("?reader=0")).toBe(false);
  });
});
