// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyText } from "../../../src/embed/copyText";

function field(text: string) {
  const area = document.createElement("textarea");
  area.value = text;
  document.body.append(area);
  return area;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, "execCommand");
  document.body.replaceChildren();
});

describe("copyText", () => {
  it("writes to the clipboard where the page may", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { clipboard: { writeText } });
    expect(await copyText(field("<iframe>"))).toBe("copied");
    expect(writeText).toHaveBeenCalledWith("<iframe>");
  });

  it("falls back to copying the selected text where the clipboard is refused", async () => {
    vi.stubGlobal("navigator", { clipboard: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
    const area = field("<iframe>");
    let selected = "";
    Object.defineProperty(document, "execCommand", {
      configurable: true,
      value: (command: string) => ((selected = area.value.slice(area.selectionStart, area.selectionEnd)), command === "copy"),
    });
    expect(await copyText(area)).toBe("copied");
    expect(selected).toBe("<iframe>");
  });

  it("leaves the text selected and focused when both are refused", async () => {
    vi.stubGlobal("navigator", {});
    Object.defineProperty(document, "execCommand", {
      configurable: true,
      value: () => {
        throw new Error("no");
      },
    });
    const area = field("<iframe>\n<script>");
    expect(await copyText(area)).toBe("selected");
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });
});
