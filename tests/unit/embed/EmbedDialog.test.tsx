// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { loadModel } from "../../../src/state/appStore";
import { shipped, tinyDataset } from "../fixtures";
import { renderApp } from "../renderApp";

const embedButton = () => screen.getByRole("button", { name: "Embed" });

afterEach(() => vi.unstubAllGlobals());

describe("the Embed dialog", { timeout: 20_000 }, () => {
  it("is offered in the full view, never inside an embed", () => {
    renderApp();
    expect(within(screen.getByRole("group", { name: "Tools" })).getByRole("button", { name: "Embed" })).toBeInTheDocument();
  });

  it("is not offered inside an embed", () => {
    renderApp("?embed=1");
    expect(screen.queryByRole("button", { name: "Embed" })).toBeNull();
  });

  it("gives the code for the current state, absolute, with a title and a reserved height", async () => {
    const user = userEvent.setup();
    renderApp("?view=lattice&scenario=drought&tie=river-council");
    await user.click(embedButton());
    const dialog = await screen.findByRole("dialog", { name: "Embed this graphic" });
    expect(dialog).toHaveTextContent("Lattice, Drought, Upland Republic–Delta State–Lakeside selected");
    const code = within(dialog).getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement;
    const pasted = new DOMParser().parseFromString(code.value, "text/html");
    const iframe = pasted.querySelector("iframe")!;
    // Light unless the editor chooses: a dark reader's system must not paint a black box into a light article.
    expect(iframe.getAttribute("src")).toBe(`${location.origin}/?embed=1&view=lattice&scenario=drought&tie=river-council&theme=light`);
    expect(iframe.title).toBe("Sharing the river: a basin's water compacts");
    expect(Number(iframe.getAttribute("height"))).toBeGreaterThan(100);
    expect(pasted.querySelector("script")!.getAttribute("src")).toBe(`${location.origin}/embed.js`);
    expect(within(dialog).getByTitle("Preview of the embedded graphic")).toHaveAttribute("src", iframe.getAttribute("src"));
  });

  it("offers Light (the default), Dark or the reader's system as the embed's theme", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(embedButton());
    const dialog = await screen.findByRole("dialog", { name: "Embed this graphic" });
    const src = () =>
      new DOMParser()
        .parseFromString((within(dialog).getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement).value, "text/html")
        .querySelector("iframe")!
        .getAttribute("src");
    expect(within(dialog).getByRole("radio", { name: "Light" })).toBeChecked();
    expect(src()).toBe(`${location.origin}/?embed=1&theme=light`);
    await user.click(within(dialog).getByRole("radio", { name: "Dark" }));
    expect(src()).toBe(`${location.origin}/?embed=1&theme=dark`);
    await user.click(within(dialog).getByRole("radio", { name: "Follow the reader’s system" }));
    expect(src()).toBe(`${location.origin}/?embed=1`);
  });

  it("on a published page, frames its embed page and gives no code for a dataset it was not published with", async () => {
    const user = userEvent.setup();
    const published = shipped();
    const { store } = renderApp("", published, { dataset: published, presets: [], initialSize: null, framePage: "frame.html" });
    await user.click(embedButton());
    let dialog = await screen.findByRole("dialog", { name: "Embed this graphic" });
    const code = within(dialog).getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement;
    expect(code.value).toContain(`src="${location.origin}/frame.html?embed=1&amp;theme=light"`);
    await user.click(within(dialog).getByRole("button", { name: "Done" }));

    act(() => loadModel(store, buildGraphModel(tinyDataset())));
    await user.click(embedButton());
    dialog = await screen.findByRole("dialog", { name: "Embed this graphic" });
    expect(within(dialog).queryByRole("textbox", { name: "Embed code" })).toBeNull();
    expect(dialog).toHaveTextContent("not the one this page was published with");
    expect(dialog).toHaveTextContent("npm run publish -- my-dataset.json --out");
  });

  it("takes the height the preview reports into the code", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(embedButton());
    const preview = await screen.findByTitle<HTMLIFrameElement>("Preview of the embedded graphic");
    window.dispatchEvent(new MessageEvent("message", { data: { type: "latticework:resize", height: 987 }, source: preview.contentWindow }));
    await waitFor(() => expect(screen.getByText("Height 987 px at 640 px wide")).toBeInTheDocument());
    expect((screen.getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement).value).toContain('height="987"');
    // From anywhere else, the same message is ignored.
    window.dispatchEvent(new MessageEvent("message", { data: { type: "latticework:resize", height: 55 }, source: window }));
    await user.clear(screen.getByRole("spinbutton", { name: "Article column width (px)" }));
    await user.type(screen.getByRole("spinbutton", { name: "Article column width (px)" }), "360");
    expect(preview).toHaveAttribute("width", "360");
    expect((screen.getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement).value).toContain('height="987"');
  });

  it("closes on Escape without clearing the selection, focus back on its button", async () => {
    const user = userEvent.setup();
    const { store } = renderApp("?tie=basin-upland");
    await user.click(embedButton());
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(embedButton()).toHaveFocus();
    expect(store.getState().selection).toEqual({ kind: "tie", id: "basin-upland" });
  });

  it("wraps Tab from the last control to the first, and Shift+Tab back", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(embedButton());
    const code = screen.getByRole("textbox", { name: "Embed code" });
    const done = screen.getByRole("button", { name: "Done" });
    expect(code).toHaveFocus();
    // fireEvent reports whether the browser's own move was cancelled (user-event moves regardless).
    expect(fireEvent.keyDown(code, { key: "Tab", shiftKey: true })).toBe(false);
    expect(done).toHaveFocus();
    expect(fireEvent.keyDown(done, { key: "Tab" })).toBe(false);
    expect(code).toHaveFocus();
    expect(fireEvent.keyDown(code, { key: "Tab" })).toBe(true);
  });

  it("says the code was copied, or that it is selected for copying by hand", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(embedButton());
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(await screen.findByText("Copied to the clipboard.")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith((screen.getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement).value);
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(await screen.findByText(/the code is selected, press Ctrl\+C/)).toBeInTheDocument();
  });
});
