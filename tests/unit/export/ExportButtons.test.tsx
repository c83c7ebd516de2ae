// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../renderApp";

/** What the browser was handed to save: jsdom can neither make blob URLs nor download. */
let saved: { name: string; href: string }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved = [];
  blobs.clear();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href });
  });
  // jsdom has no canvas: getContext gives null, as in a browser that cannot draw.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

afterEach(() => {
  Reflect.deleteProperty(URL, "createObjectURL");
  Reflect.deleteProperty(URL, "revokeObjectURL");
});

describe("ExportButtons", () => {
  it("offers both downloads as buttons in the Tools group", () => {
    renderApp("?embed=1");
    const tools = screen.getByRole("group", { name: "Tools" });
    expect(within(tools).getByRole("button", { name: "Download PNG" })).toBeInTheDocument();
    expect(within(tools).getByRole("button", { name: "Download SVG" })).toBeInTheDocument();
  });

  it("saves the SVG of the current view, scenario and selection, and says so", async () => {
    const user = userEvent.setup();
    renderApp("?view=lattice&scenario=drought&tie=basin-upland");
    await user.click(screen.getByRole("button", { name: "Download SVG" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe("latticework-lattice-drought-basin-upland.svg");
    const blob = blobs.get(saved[0]!.href)!;
    expect(blob.type).toBe("image/svg+xml;charset=utf-8");
    const svg = await blob.text();
    expect(svg).toContain("Highlighted:");
    expect(svg).toContain("Basin Commission–Upland Republic (Allocation treaty), strained.");
    expect(svg).toContain("Source: Basin Gazette, 1 March 2025");
    expect(await screen.findByText("Saved latticework-lattice-drought-basin-upland.svg")).toBeInTheDocument();
  });

  it("says so, politely, when the browser cannot draw the PNG", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("button", { name: "Download PNG" }));
    const notice = await screen.findByText(/^Could not make the PNG: this browser cannot draw the picture\.$/);
    expect(notice).toHaveAttribute("aria-live", "polite");
    expect(saved).toEqual([]);
  });
});
