// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { urlWriteDelay } from "../../../src/app/useUrlSync";
import { tinyDataset } from "../fixtures";
import { renderApp } from "../renderApp";

const details = () => screen.getByRole("complementary", { name: "Details" });
const drawnTie = (id: string) => document.querySelector<SVGGElement>(`[data-tie-id="${id}"]`)!;
const drawnNode = (id: string) => document.querySelector<SVGGElement>(`[data-node-id="${id}"]`)!;

describe("App", () => {
  it("draws every node and tie of the dataset with the contract's attributes", () => {
    const { model } = renderApp();
    for (const node of model.nodes) expect(drawnNode(node.id), node.id).toBeTruthy();
    for (const tie of model.ties) expect(drawnTie(tie.id), tie.id).toBeTruthy();
    expect(document.querySelectorAll("[data-tie-id]")).toHaveLength(model.ties.length);
  });

  it("offers the View and Scenario radio groups, named by the contract and the dataset", () => {
    renderApp();
    const view = screen.getByRole("radiogroup", { name: "View" });
    expect(within(view).getByRole("radio", { name: "Hub-and-spokes" })).toBeChecked();
    expect(within(view).getByRole("radio", { name: "Lattice" })).not.toBeChecked();
    const scenario = screen.getByRole("radiogroup", { name: "Scenario" });
    expect(
      within(scenario)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["wet", "dry", "drought"]);
    expect(within(scenario).getByRole("radio", { name: "Wet year" })).toBeChecked();
  });

  it("shows a tie's quotes and speakers when it is chosen with the keyboard, and announces it", async () => {
    const user = userEvent.setup();
    const data = tinyDataset();
    data.ties[1]!.quotes.push({ text: "A second word.", speaker: "Bea", affiliation: "Minister" });
    renderApp("", data);
    drawnTie("hub-b").focus();
    await user.keyboard("{Enter}");
    const panel = details();
    expect(within(panel).getByRole("heading", { level: 2, name: "Hubland–Beland" })).toBeInTheDocument();
    const quotes = panel.querySelectorAll("blockquote");
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.textContent).toContain("A second word.");
    expect(within(panel).getAllByText("Bea")).toHaveLength(2);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Selected tie: Hubland–Beland, Alliance, deepening. 2 quotes in the details panel.",
    );
    await user.keyboard("{Escape}");
    expect(within(details()).queryAllByRole("blockquote")).toHaveLength(0);
    expect(screen.getByRole("status")).toHaveTextContent("Selection cleared.");
  });

  it("shows every scenario's state for a tie, the current one marked", async () => {
    const user = userEvent.setup();
    renderApp("?scenario=later", tinyDataset());
    await user.click(drawnTie("hub-b"));
    const rows = details().querySelectorAll(".states__row");
    expect([...rows].map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Now\s*Deepening/),
      expect.stringMatching(/^Later \(shown\)\s*At risk \(feared\)/),
    ]);
  });

  it("lists a node's ties grouped by state; each selects its tie", async () => {
    const user = userEvent.setup();
    renderApp("?scenario=later", tinyDataset());
    await user.click(drawnNode("a"));
    const panel = details();
    expect(within(panel).getByRole("heading", { level: 2, name: "Aland" })).toBeInTheDocument();
    expect(within(panel).getByRole("heading", { level: 3, name: "Strained (projected)" })).toBeInTheDocument();
    expect(within(panel).getByRole("heading", { level: 3, name: "Institutionalized (projected)" })).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Aland–Beland" }));
    expect(within(details()).getByRole("heading", { level: 2, name: "Aland–Beland" })).toBeInTheDocument();
  });

  it("restyles every tie whose state differs when the scenario switches", async () => {
    const user = userEvent.setup();
    const { model } = renderApp();
    await user.click(screen.getByRole("radio", { name: "Drought" }));
    for (const tie of model.ties) expect(drawnTie(tie.id).dataset.state, tie.id).toBe(tie.status.drought);
    // Escalating is drawn 4 wide (tieStyles); it was adversarial, 2 wide, in the wet year.
    expect(drawnTie("basin-dry-hills").querySelector(".tie__stroke")!.getAttribute("style")).toContain("stroke-width: 4;");
  });

  it("gives a tie sealed by a scenario its double rule in place at once", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    await waitFor(() => expect(drawnTie("a-b").querySelector(".tie__stroke")!.getAttribute("x1")).not.toBeNull());
    expect(drawnTie("a-b").querySelector(".tie__gap")).toBeNull();
    await user.click(screen.getByRole("radio", { name: "Later" }));
    const stroke = drawnTie("a-b").querySelector(".tie__stroke")!;
    const gap = drawnTie("a-b").querySelector(".tie__gap")!;
    for (const name of ["x1", "y1", "x2", "y2"]) expect(gap.getAttribute(name), name).toBe(stroke.getAttribute(name));
  });

  it("says what the resilience figure is, from the data", () => {
    renderApp("?scenario=later", tinyDataset());
    expect(details()).toHaveTextContent("2 of 2 allies still tied to one another");
    expect(details()).toHaveTextContent("Largest bloc (2): Aland and Beland.");
  });

  it("shows markup in data as text, never as markup", () => {
    const data = tinyDataset();
    data.nodes[1]!.label = '<img src=x onerror="window.hacked=1">';
    data.ties[0]!.quotes[0]!.text = "<script>window.hacked=1</script>";
    renderApp("?tie=hub-a", data);
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(details()).toHaveTextContent("<script>window.hacked=1</script>");
  });

  it("keeps the text alternative's rows in step with the graph", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByText("Table of all 10 ties"));
    // The rows come with the extras script; on a loaded machine its first import takes seconds.
    const table = await screen.findByRole("table", {}, { timeout: 10_000 });
    await user.click(within(table).getByRole("button", { name: "Upland Republic–Delta State–Lakeside" }));
    expect(drawnTie("river-council")).toHaveAttribute("aria-pressed", "true");
    expect(within(details()).getByRole("heading", { level: 2, name: "Upland Republic–Delta State–Lakeside" })).toBeInTheDocument();
  });

  it("switches views from the radio group and writes the state to the URL once the morph is over", async () => {
    // An earlier test's graphic, unmounted, wrote its own state: start from a clean address.
    history.replaceState(null, "", "/");
    renderApp();
    // The address waits out the morph (see useUrlSync): on fake timers, so the test does not.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      act(() => fireEvent.click(screen.getByRole("radio", { name: "Lattice" })));
      expect(location.search).toBe("");
      act(() => vi.advanceTimersByTime(urlWriteDelay));
      expect(location.search).toBe("?view=lattice");
      act(() => fireEvent.click(drawnTie("upland-delta")));
      act(() => vi.advanceTimersByTime(urlWriteDelay));
      expect(location.search).toBe("?view=lattice&tie=upland-delta");
    } finally {
      vi.useRealTimers();
      await act(async () => history.replaceState(null, "", "/"));
    }
  });
});
