// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { GraphicBoundary } from "../../../src/app/GraphicBoundary";
import { buildGraphModel } from "../../../src/model/graphModel";
import { createAppStore, loadModel, revertModel, select } from "../../../src/state/appStore";
import { shippedModel, tinyDataset } from "../fixtures";

function Throws({ when }: { when: boolean }) {
  if (when) throw new Error("boom");
  return <p>drawn</p>;
}

describe("GraphicBoundary", () => {
  it("keeps a failure inside the graphic and reports it; a new key starts afresh", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const onError = vi.fn();
    const { rerender } = render(
      <GraphicBoundary resetKey={1} onError={onError}>
        <Throws when />
      </GraphicBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("The graphic could not be drawn (boom).");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "boom" }));
    rerender(
      <GraphicBoundary resetKey={2} onError={onError}>
        <Throws when={false} />
      </GraphicBoundary>,
    );
    expect(screen.getByText("drawn")).toBeInTheDocument();
  });
});

describe("revertModel", () => {
  it("puts back the graphic and the reader's state from before the last load", () => {
    const shipped = shippedModel();
    const store = createAppStore(shipped, { view: "lattice", scenario: "trump", selection: null, theme: "dark" });
    select(store, { kind: "tie", id: "us-japan" });
    loadModel(store, buildGraphModel(tinyDataset()));
    expect(store.getState().model.dataset.meta.title).toBe("Tiny");
    revertModel(store, { title: "This dataset could not be drawn", errors: [{ path: "(root)", message: "boom" }] });
    const state = store.getState();
    expect(state.model).toBe(shipped);
    expect([state.view, state.scenario, state.selection, state.theme]).toEqual([
      "lattice",
      "trump",
      { kind: "tie", id: "us-japan" },
      "dark",
    ]);
    expect(state.problem?.errors[0]?.message).toBe("boom");
  });
});
