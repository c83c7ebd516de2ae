// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { validateDatasetText } from "../../../src/model/validateDataset";
import { tinyDataset } from "../fixtures";
import { renderApp } from "../renderApp";

// In the app, validation runs in the engine worker; here, in place.
vi.mock("../../../src/data/validateInEngine", () => ({ validateInEngine: async (text: string) => validateDatasetText(text) }));

const file = (content: string, name: string) => new File([content], name, { type: "application/json" });

describe("focus after Open dataset", () => {
  it("goes to the alert when the dataset is refused, to the heading when it is shown", async () => {
    const user = userEvent.setup();
    renderApp("", tinyDataset());
    await user.upload(screen.getByLabelText("Open dataset"), file("{ not json", "bad.json"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("alert")));
    const good = tinyDataset();
    good.meta.title = "Another";
    await user.upload(screen.getByLabelText("Open dataset"), file(JSON.stringify(good), "good.json"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "Another" })));
  });
});
