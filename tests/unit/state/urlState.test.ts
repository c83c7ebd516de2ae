import { describe, expect, it } from "vitest";
import { formatUrlState, parseUrlParams, resolveReaderState } from "../../../src/state/urlState";
import { shippedModel } from "../fixtures";

const model = shippedModel();
const resolve = (search: string) => resolveReaderState(parseUrlParams(search), model);

describe("URL state", () => {
  it("restores view, scenario, tie and theme", () => {
    expect(resolve("?view=lattice&scenario=trump&tie=us-japan&theme=dark")).toEqual({
      view: "lattice",
      scenario: "trump",
      selection: { kind: "tie", id: "us-japan" },
      theme: "dark",
    });
    expect(resolve("?node=philippines").selection).toEqual({ kind: "node", id: "philippines" });
  });

  it("falls back to the defaults for anything missing, unknown or malformed", () => {
    const defaults = { view: "hub", scenario: "biden", selection: null, theme: "auto" };
    for (const search of [
      "",
      "?view=radial",
      "?scenario=obama&tie=atlantis",
      "?tie=<script>",
      "?view=&scenario=",
      "?theme=neon&node=__proto__",
      "?%E0%A4%A=1",
      "?tie=us-japan%00",
    ]) {
      expect(resolve(search), search).toEqual(defaults);
    }
  });

  it("reads embed and data without interpreting them", () => {
    expect(parseUrlParams("?embed=1&data=/data/x.json")).toEqual({ embed: true, data: "/data/x.json" });
    expect(parseUrlParams("?embed=yes").embed).toBe(false);
  });

  it("writes only what differs from the defaults, keeping other parameters", () => {
    const state = { view: "lattice", scenario: "trump", selection: { kind: "tie", id: "us-japan" }, theme: "auto" } as const;
    expect(formatUrlState(state, model, "?embed=1&view=hub")).toBe("?embed=1&view=lattice&scenario=trump&tie=us-japan");
    expect(formatUrlState({ ...state, view: "hub", scenario: "biden", selection: null }, model, "")).toBe("");
  });

  it("round-trips every state", () => {
    for (const view of ["hub", "lattice"] as const)
      for (const scenario of ["biden", "trump"])
        for (const selection of [null, { kind: "tie", id: "us-japan-south-korea" }, { kind: "node", id: "japan" }] as const)
          for (const theme of ["light", "dark", "auto"] as const) {
            const state = { view, scenario, selection, theme };
            expect(resolve(formatUrlState(state, model, ""))).toEqual(state);
          }
  });
});
