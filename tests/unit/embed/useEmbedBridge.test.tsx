import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useEmbedBridge } from "../../../src/embed/useEmbedBridge";
import { createAppStore, select, setTheme, setView, type AppStore } from "../../../src/state/appStore";
import { shippedModel } from "../fixtures";

function Bridge({ store, host }: { store: AppStore; host: Window | null }) {
  useEmbedBridge(store, host);
  return null;
}

/** A real window to stand for the host page (jsdom checks a message's source is one). */
function makeWindow(): Window {
  const frame = document.createElement("iframe");
  document.body.append(frame);
  return frame.contentWindow!;
}

let observed: ResizeObserverCallback[] = [];
let height = 800.4;

beforeEach(() => {
  // Host requests are applied at the next frame (or after 100 ms without one): the test moves the clock.
  vi.useFakeTimers();
  observed = [];
  height = 800.4;
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(callback: ResizeObserverCallback) {
        observed.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(document.documentElement, "getBoundingClientRect").mockImplementation(() => ({ height }) as DOMRect);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function setup() {
  const store = createAppStore(shippedModel(), { view: "hub", scenario: "biden", selection: null, theme: "auto" });
  const host = makeWindow();
  const sent = vi.spyOn(host, "postMessage").mockImplementation(() => {});
  render(<Bridge store={store} host={host} />);
  const all = () => sent.mock.calls.map(([message, target]) => (expect(target).toBe("*"), message as Record<string, unknown>));
  // AMP's embed-size request goes with every resize: checked on its own below.
  const messages = () => all().filter((message) => message.sentinel !== "amp");
  const amp = () => all().filter((message) => message.sentinel === "amp");
  const send = (data: unknown, source: Window = host) =>
    act(() => void window.dispatchEvent(new MessageEvent("message", { data, source })));
  const nextFrame = () => act(() => void vi.advanceTimersByTime(100));
  /** One message from the host, then the frame at which it applies. */
  const fromHost = (data: unknown, source: Window = host) => {
    send(data, source);
    nextFrame();
  };
  return { store, host, messages, amp, fromHost, send, nextFrame };
}

describe("useEmbedBridge", () => {
  it("reports the state and the height on start", () => {
    const { messages } = setup();
    expect(messages()).toEqual([
      { type: "latticework:state", view: "hub", scenario: "biden", tie: null, node: null },
      { type: "latticework:resize", height: 801 },
    ]);
  });

  it("reports each change of view, scenario or selection once, and nothing else", () => {
    const { store, messages } = setup();
    act(() => setView(store, "lattice"));
    act(() => setTheme(store, "dark"));
    act(() => select(store, { kind: "node", id: "japan" }));
    act(() => setView(store, "lattice"));
    expect(messages().slice(2)).toEqual([
      { type: "latticework:state", view: "lattice", scenario: "biden", tie: null, node: null },
      { type: "latticework:state", view: "lattice", scenario: "biden", tie: null, node: "japan" },
    ]);
  });

  it("reports the height when it changes, rounded up, and not when it stays", () => {
    const { messages } = setup();
    height = 1200.2;
    observed.forEach((callback) => callback([], {} as ResizeObserver));
    observed.forEach((callback) => callback([], {} as ResizeObserver));
    expect(messages().slice(2)).toEqual([{ type: "latticework:resize", height: 1201 }]);
  });

  it("sends AMP's embed-size request with every height it reports", () => {
    const { amp } = setup();
    height = 1200.2;
    observed.forEach((callback) => callback([], {} as ResizeObserver));
    expect(amp()).toEqual([
      { sentinel: "amp", type: "embed-size", height: 801 },
      { sentinel: "amp", type: "embed-size", height: 1201 },
    ]);
  });

  it("applies a host's set message in one update, and reports the new state once", () => {
    const { store, messages, fromHost } = setup();
    fromHost({ type: "latticework:set", view: "lattice", scenario: "trump", tie: "us-japan-south-korea" });
    expect(store.getState()).toMatchObject({ view: "lattice", scenario: "trump", selection: { kind: "tie", id: "us-japan-south-korea" } });
    expect(messages().slice(2)).toEqual([
      { type: "latticework:state", view: "lattice", scenario: "trump", tie: "us-japan-south-korea", node: null },
    ]);
    fromHost({ type: "latticework:set", node: null });
    expect(store.getState().selection).toBeNull();
  });

  it("ignores junk, and set messages from any window but the host", () => {
    const { store, messages, fromHost } = setup();
    const before = store.getState();
    for (const junk of [
      null,
      "latticework:set",
      [1],
      { type: "latticework:set", view: "radial" },
      { type: "latticework:resize", height: 1 },
    ])
      fromHost(junk);
    fromHost({ type: "latticework:set", view: "lattice" }, makeWindow());
    fromHost({ type: "latticework:set", view: "lattice" }, window);
    expect(store.getState()).toBe(before);
    expect(messages()).toHaveLength(2);
  });

  it("answers an empty set message with a report of the state and height", () => {
    const { messages, fromHost } = setup();
    fromHost({ type: "latticework:set" });
    expect(messages().slice(2)).toEqual(messages().slice(0, 2));
  });

  it("stays silent and deaf at the top level", () => {
    const store = createAppStore(shippedModel(), { view: "hub", scenario: "biden", selection: null, theme: "auto" });
    const parent = vi.spyOn(window, "postMessage");
    render(<Bridge store={store} host={null} />);
    act(
      () => void window.dispatchEvent(new MessageEvent("message", { data: { type: "latticework:set", view: "lattice" }, source: window })),
    );
    expect(store.getState().view).toBe("hub");
    expect(parent).not.toHaveBeenCalled();
  });

  it("coalesces a flood: the requests between two frames apply once, merged, with one state message", () => {
    const { store, messages, send, nextFrame } = setup();
    const setState = vi.spyOn(store, "setState");
    const ties = [...shippedModel().tieIndex.keys()];
    for (let k = 0; k < 10_000; k++)
      send({ type: "latticework:set", view: k % 2 ? "lattice" : "hub", scenario: k % 3 ? "trump" : "biden", tie: ties[k % ties.length] });
    send({ type: "latticework:set", node: "japan" });
    expect(setState).not.toHaveBeenCalled();
    nextFrame();
    expect(setState).toHaveBeenCalledTimes(1);
    // The last word on each field: view and scenario from message 9,999, the selection from the node after it.
    expect(store.getState()).toMatchObject({ view: "lattice", scenario: "biden", selection: { kind: "node", id: "japan" } });
    expect(messages().slice(2)).toEqual([{ type: "latticework:state", view: "lattice", scenario: "biden", tie: null, node: "japan" }]);
    nextFrame();
    expect(setState).toHaveBeenCalledTimes(1);
  });

  it("answers a report request after the requests sent before it", () => {
    const { messages, send, nextFrame } = setup();
    send({ type: "latticework:set", view: "lattice" });
    send({ type: "latticework:set" });
    nextFrame();
    expect(messages().slice(2)).toEqual([
      { type: "latticework:state", view: "lattice", scenario: "biden", tie: null, node: null },
      { type: "latticework:state", view: "lattice", scenario: "biden", tie: null, node: null },
      { type: "latticework:resize", height: 801 },
    ]);
  });
});
