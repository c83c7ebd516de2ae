// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { validateDatasetText } from "../../../src/model/validateDataset";
import { tinyDataset } from "../fixtures";
import { renderApp } from "../renderApp";

// In the app, validation runs in the engine worker; here, in place.
vi.mock("../../../src/data/validateInEngine", () => ({ validateInEngine: async (text: string) => validateDatasetText(text) }));

const file = (content: unknown, name = "mine.json") =>
  new File([typeof content === "string" ? content : JSON.stringify(content)], name, { type: "application/json" });
const drawnNodeIds = () => [...document.querySelectorAll("[data-node-id]")].map((el) => el.getAttribute("data-node-id"));

describe("Open dataset", () => {
  it("draws a valid dataset the reader opens, from its defaults", async () => {
    const user = userEvent.setup();
    renderApp("?view=lattice&tie=us-japan");
    await user.upload(screen.getByLabelText("Open dataset"), file(tinyDataset()));
    await waitFor(() => expect(drawnNodeIds()).toEqual(["hub", "a", "b", "c", "r"]));
    expect(screen.getByRole("radio", { name: "Hub-and-spokes" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Now" })).toBeChecked();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Tiny");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("refuses a broken dataset with every error by its path, and keeps the graphic", async () => {
    const user = userEvent.setup();
    renderApp();
    const before = drawnNodeIds();
    const broken = tinyDataset();
    broken.ties[0]!.members[1] = "atlantis";
    broken.ties[1]!.quotes = [];
    await user.upload(screen.getByLabelText("Open dataset"), file(broken, "broken.json"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("“broken.json” is not a valid dataset (2 errors)");
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^ties\[1\] \("hub-b"\): has no quotes: every tie needs at least one \(line 1, column \d+\)$/),
      expect.stringMatching(/^ties\[0\] \("hub-a"\), members\[1\]: there is no node "atlantis" \(line 1, column \d+\)$/),
    ]);
    expect(drawnNodeIds()).toEqual(before);
    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("refuses a file that is not JSON", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText("Open dataset"), file("<html>", "page.json"));
    expect(await screen.findByRole("alert")).toHaveTextContent('the file: not valid JSON: expected a value, found "<" (line 1, column 1)');
  });

  it("takes a file dropped onto the graphic", async () => {
    renderApp();
    const body = document.querySelector(".graphic__body")!;
    const dataTransfer = { types: ["Files"], files: [file(tinyDataset())], dropEffect: "none" };
    fireEvent.dragOver(body, { dataTransfer });
    expect(body).toHaveClass("is-dropping");
    fireEvent.drop(body, { dataTransfer });
    await waitFor(() => expect(drawnNodeIds()).toEqual(["hub", "a", "b", "c", "r"]));
    expect(body).not.toHaveClass("is-dropping");
  });

  it("is not offered inside an embed", () => {
    renderApp("?embed=1");
    expect(screen.queryByLabelText("Open dataset")).toBeNull();
  });
});
