// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { urlWriteDelay, useUrlSync } from "../../../src/app/useUrlSync";
import { morphDuration } from "../../../src/state/morphDuration";
import { buildGraphModel } from "../../../src/model/graphModel";
import { createAppStore, select, setScenario, setView } from "../../../src/state/appStore";
import { shipped } from "../fixtures";

function setup() {
  const model = buildGraphModel(shipped());
  const store = createAppStore(model, { view: "hub", scenario: model.dataset.defaults.scenario, selection: null, theme: "auto" });
  const replaceState = vi.spyOn(history, "replaceState");
  const hook = renderHook(() => useUrlSync(store));
  return { store, replaceState, ...hook };
}

describe("useUrlSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, "", "/graphic/?embed=1#top");
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    history.replaceState(null, "", "/");
  });

  it("writes the address once the morph a toggle starts is over, not during it", () => {
    const { store, replaceState } = setup();
    act(() => setView(store, "lattice"));
    expect(urlWriteDelay).toBeGreaterThan(morphDuration);
    act(() => vi.advanceTimersByTime(morphDuration));
    expect(replaceState).not.toHaveBeenCalled();
    expect(location.search).toBe("?embed=1");
    act(() => vi.advanceTimersByTime(urlWriteDelay - morphDuration));
    expect(replaceState).toHaveBeenCalledTimes(1);
    // Other parameters and the hash are kept.
    expect(`${location.pathname}${location.search}${location.hash}`).toBe("/graphic/?embed=1&view=lattice#top");
  });

  it("writes a run of quick choices once, as they end", () => {
    const { store, replaceState } = setup();
    act(() => setView(store, "lattice"));
    act(() => vi.advanceTimersByTime(300));
    act(() => setScenario(store, "trump"));
    act(() => vi.advanceTimersByTime(300));
    act(() => select(store, { kind: "tie", id: "us-japan" }));
    act(() => vi.advanceTimersByTime(urlWriteDelay));
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(location.search).get("view")).toBe("lattice");
    expect(new URLSearchParams(location.search).get("scenario")).toBe("trump");
    expect(new URLSearchParams(location.search).get("tie")).toBe("us-japan");
  });

  it("does not rewrite an address that already says it", () => {
    const { store, replaceState } = setup();
    act(() => setView(store, "lattice"));
    act(() => setView(store, "hub"));
    act(() => vi.advanceTimersByTime(urlWriteDelay));
    expect(replaceState).not.toHaveBeenCalled();
  });

  it("writes what is pending at once when the page is left or hidden, or the graphic unmounted", () => {
    const { store, unmount } = setup();
    act(() => setView(store, "lattice"));
    window.dispatchEvent(new Event("pagehide"));
    expect(location.search).toBe("?embed=1&view=lattice");
    act(() => select(store, { kind: "tie", id: "us-japan" }));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(location.search).toBe("?embed=1&view=lattice&tie=us-japan");
    act(() => select(store, null));
    unmount();
    expect(location.search).toBe("?embed=1&view=lattice");
  });
});
