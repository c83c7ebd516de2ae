// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { tinyDataset } from "../fixtures";
import { renderApp } from "../renderApp";

const details = () => screen.getByRole("complementary", { name: "Details" });
const drawnTie = (id: string) => document.querySelector<SVGGElement>(`[data-tie-id="${id}"]`)!;
const drawnNode = (id: string) => document.querySelector<SVGGElement>(`[data-node-id="${id}"]`)!;

afterEach(() => history.replaceState(null, "", "/"));

describe("the details panel", () => {
  it("gives focus back to the mark when Close is pressed, not to the page's body", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    drawnTie("hub-b").focus();
    await user.keyboard("{Enter}");
    await user.click(within(details()).getByRole("button", { name: "Close details" }));
    expect(document.activeElement).toBe(drawnTie("hub-b"));
    expect(within(details()).queryByRole("button", { name: "Close details" })).toBeNull();
  });

  it("gives focus back to a node's mark on Escape from inside the panel", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    drawnNode("a").focus();
    await user.keyboard("{Enter}");
    within(details()).getByRole("button", { name: "Close details" }).focus();
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(drawnNode("a"));
  });

  it("is one Tab from the selected mark", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    drawnTie("a-b").focus();
    await user.keyboard("{Enter}");
    await user.tab();
    expect(details().contains(document.activeElement)).toBe(true);
  });

  it("shows a tie's quotes before its states, and the sheet's expand control", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    await user.click(drawnTie("hub-b"));
    const panel = details();
    const quote = panel.querySelector("blockquote")!;
    const states = panel.querySelector(".states")!;
    expect(quote.compareDocumentPosition(states) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const expand = within(panel).getByRole("button", { name: "Expand" });
    expect(expand).toHaveAttribute("aria-expanded", "false");
    await user.click(expand);
    expect(within(panel).getByRole("button", { name: "Shrink" })).toHaveAttribute("aria-expanded", "true");
    expect(panel).toHaveClass("is-expanded");
    await user.keyboard("{Escape}");
    await user.click(drawnTie("hub-b"));
    expect(details()).not.toHaveClass("is-expanded");
  });

  it("credits a quote without a speaker to the publisher once", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    await user.click(drawnTie("hub-a"));
    const caption = details().querySelector("figcaption")!;
    expect(caption.textContent).toBe("Gazette, 2 January 2024");
  });
});

describe("the page's words", () => {
  it("gives the title and the source credit once each", () => {
    renderApp("", tinyDataset());
    expect(screen.getAllByText("Tiny")).toHaveLength(1);
    expect(screen.getAllByRole("link", { name: /^Source: Gazette/ })).toHaveLength(1);
  });

  it("keys the graph under it, and in the hub order says what the faint lines are", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    const key = screen.getByRole("group", { name: "Key" });
    expect(within(key).getByText(/^Faint: ties beyond the hub’s spokes/)).toBeInTheDocument();
    expect(key.textContent).toContain("Steady");
    await user.click(screen.getByRole("radio", { name: "Lattice" }));
    expect(within(screen.getByRole("group", { name: "Key" })).queryByText(/^Faint/)).toBeNull();
  });

  it("counts a node's single tie in the singular", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    expect(drawnNode("r").getAttribute("aria-label")).toMatch(/, 1 tie$/);
    await user.click(drawnNode("r"));
    expect(details().textContent).toContain("1 tie in this dataset.");
  });

  it("shows a reader's page without the editor's tools", () => {
    history.replaceState(null, "", "/?reader=1");
    renderApp("?reader=1", tinyDataset());
    expect(screen.queryByText("Open dataset")).toBeNull();
    expect(screen.queryByRole("button", { name: "Embed" })).toBeNull();
    expect(screen.getByRole("button", { name: "Download PNG" })).toBeInTheDocument();
  });
});
