import { describe, expect, it } from "vitest";
import { messageType, parseHostMessage, resizeMessage, stateMessage } from "../../../src/embed/protocol";
import { shippedModel } from "../fixtures";

const model = shippedModel();
const set = (fields: Record<string, unknown>) => parseHostMessage({ type: "latticework:set", ...fields }, model);

describe("the embed protocol", () => {
  it("reads each field of a set message as the change it names", () => {
    expect(set({ view: "lattice" })).toEqual({ view: "lattice" });
    expect(set({ scenario: "trump" })).toEqual({ scenario: "trump" });
    expect(set({ tie: "us-japan-south-korea" })).toEqual({ selection: { kind: "tie", id: "us-japan-south-korea" } });
    expect(set({ node: "philippines" })).toEqual({ selection: { kind: "node", id: "philippines" } });
    expect(set({ view: "hub", scenario: "biden", tie: "us-japan" })).toEqual({
      view: "hub",
      scenario: "biden",
      selection: { kind: "tie", id: "us-japan" },
    });
  });

  it("clears the selection with a null tie or node, and lets one selection name the other null", () => {
    expect(set({ tie: null })).toEqual({ selection: null });
    expect(set({ node: null })).toEqual({ selection: null });
    expect(set({ tie: null, node: null })).toEqual({ selection: null });
    expect(set({ tie: "us-china", node: null })).toEqual({ selection: { kind: "tie", id: "us-china" } });
    expect(set({ tie: null, node: "china" })).toEqual({ selection: { kind: "node", id: "china" } });
  });

  it("ignores the whole message when any field it names is wrong", () => {
    for (const fields of [
      { view: "radial" },
      { view: "lattice", scenario: "obama" },
      { view: "lattice", tie: "atlantis" },
      { scenario: "trump", node: "us-japan" },
      { tie: "us", node: null },
      { tie: "us-japan", node: "japan" },
      { view: ["lattice"] },
      { scenario: { toString: () => "trump" } },
      { tie: 7 },
      { node: undefined },
      { tie: "__proto__" },
      { node: "constructor" },
      { view: "LATTICE" },
    ])
      expect(set(fields), JSON.stringify(fields)).toBeNull();
  });

  it("ignores anything that is not a plain set message", () => {
    for (const data of [
      null,
      undefined,
      "latticework:set",
      42,
      ["latticework:set", { view: "lattice" }],
      { type: "latticework:state", view: "lattice" },
      { type: "latticework:set ", view: "lattice" },
      { type: "Latticework:set", view: "lattice" },
      new Date(),
      new (class Message {
        type = "latticework:set";
        view = "lattice";
      })(),
      Object.assign(Object.create({ view: "lattice" }) as object, { type: "latticework:set" }),
      Object.create({ type: "latticework:set", view: "lattice" }) as object,
    ])
      expect(parseHostMessage(data, model), String(data)).toBeNull();
  });

  it("ignores extra keys, for a newer host talking to an older graphic", () => {
    expect(set({ view: "lattice", zoom: 2 })).toEqual({ view: "lattice" });
  });

  it("reads a set message with nothing to set as an empty change: a request to report", () => {
    expect(set({})).toEqual({});
    expect(set({ colour: "red" })).toEqual({});
  });

  it("reads only data properties: a getter is never called", () => {
    let called = false;
    const data = { type: "latticework:set" };
    Object.defineProperty(data, "view", { enumerable: true, get: () => ((called = true), "lattice") });
    expect(parseHostMessage(data, model)).toBeNull();
    expect(called).toBe(false);
  });

  it("never throws, even for a proxy whose every trap throws", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error("no");
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("no");
        },
      },
    );
    expect(parseHostMessage(hostile, model)).toBeNull();
  });

  it("builds the messages it sends", () => {
    expect(resizeMessage(812.2)).toEqual({ type: messageType.resize, height: 813 });
    expect(stateMessage({ view: "lattice", scenario: "trump", selection: { kind: "tie", id: "us-china" } })).toEqual({
      type: "latticework:state",
      view: "lattice",
      scenario: "trump",
      tie: "us-china",
      node: null,
    });
    expect(stateMessage({ view: "hub", scenario: "biden", selection: { kind: "node", id: "japan" } })).toMatchObject({
      tie: null,
      node: "japan",
    });
    expect(stateMessage({ view: "hub", scenario: "biden", selection: null })).toMatchObject({ tie: null, node: null });
  });
});
