import { describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../../src/model/schema";
import { handleEngineRequest } from "../../../src/worker/handleEngineRequest";
import type { EngineRequest } from "../../../src/worker/engineProtocol";
import { engineEndpoint, requestToWire, responseFromWire, type DatasetKeys } from "../../../src/worker/engineWire";
import { tinyDataset } from "../fixtures";

const size = { width: 800, height: 600 };

describe("the engine's wire", () => {
  it("returns a validated dataset as text, and lays it out by key without it being sent back", () => {
    const handle = vi.fn(handleEngineRequest);
    const answer = engineEndpoint(handle);
    const keys: DatasetKeys = new WeakMap();
    const wired = answer({ id: 1, type: "validate", text: JSON.stringify(tinyDataset()) });
    expect(wired).toMatchObject({ type: "validated", datasetKey: expect.any(Number) });
    const response = responseFromWire(wired, keys);
    if (response.type !== "validate" || !response.result.ok) throw new Error("expected a valid dataset");
    const dataset = response.result.dataset;
    expect(dataset).toEqual(tinyDataset());

    const request: EngineRequest = { id: 2, type: "lattice", dataset, size };
    const posted = requestToWire(request, keys);
    expect(posted).not.toHaveProperty("dataset");
    const lattice = answer(posted);
    expect(lattice.type).toBe("lattice");
    // The worker laid out the very dataset it had validated.
    expect(handle.mock.calls[1]?.[0]).toMatchObject({ type: "lattice", dataset: tinyDataset() });
  });

  it("sends a dataset it never validated in full", () => {
    const dataset: Dataset = tinyDataset();
    const request: EngineRequest = { id: 3, type: "lattice", dataset, size };
    expect(requestToWire(request, new WeakMap())).toBe(request);
  });

  it("passes refusals through with their errors", () => {
    const answer = engineEndpoint(handleEngineRequest);
    const wired = answer({ id: 4, type: "validate", text: "{" });
    expect(wired).toMatchObject({ type: "validate", result: { ok: false, errors: [expect.anything()] } });
    expect(responseFromWire(wired, new WeakMap())).toEqual(wired);
  });

  it("keeps only the last few datasets, and says so when asked for one it dropped", () => {
    const answer = engineEndpoint(handleEngineRequest, 2);
    const keyOf = (id: number) => {
      const wired = answer({ id, type: "validate", text: JSON.stringify(tinyDataset()) });
      if (wired.type !== "validated") throw new Error("expected a valid dataset");
      return wired.datasetKey;
    };
    const [first, second, third] = [keyOf(1), keyOf(2), keyOf(3)];
    expect(answer({ id: 4, type: "lattice", datasetKey: first, size })).toEqual({
      id: 4,
      type: "error",
      message: `the engine no longer holds dataset ${first}`,
    });
    expect(answer({ id: 5, type: "lattice", datasetKey: second, size }).type).toBe("lattice");
    expect(answer({ id: 6, type: "lattice", datasetKey: third, size }).type).toBe("lattice");
  });
});
