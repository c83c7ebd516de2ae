import type { Size } from "../layout/types";
import type { Dataset } from "../model/schema";
import type { Validation } from "../model/validateDataset";
import type { EngineRequest, EngineResponse } from "./engineProtocol";

/**
 * What crosses between the page and the engine worker. A dataset of thousands of nodes is costly
 * to structured-clone: at 5,000 nodes the page spent about 200 ms posting it back for the lattice
 * and 250 ms or more receiving it validated, each in one main-thread task. So a validated dataset
 * comes back as its JSON text (one `JSON.parse`, several times cheaper than the clone's
 * deserialization), the worker keeps it under a key, and a lattice request names that key instead
 * of sending the dataset back.
 */
export type WireRequest =
  | Exclude<EngineRequest, { type: "lattice" }>
  | { id: number; type: "lattice"; dataset: Dataset; size: Size }
  | { id: number; type: "lattice"; datasetKey: number; size: Size };

export type WireResponse =
  | Exclude<EngineResponse, { type: "validate" }>
  | { id: number; type: "validate"; result: Extract<Validation, { ok: false }> }
  | { id: number; type: "validated"; datasetJson: string; datasetKey: number };

/** The page's side: the keys of the datasets the worker has validated and keeps. */
export type DatasetKeys = WeakMap<Dataset, number>;

/** A request as posted to the worker: a dataset the worker already holds goes by its key. */
export function requestToWire(request: EngineRequest, keys: DatasetKeys): WireRequest {
  if (request.type !== "lattice") return request;
  const datasetKey = keys.get(request.dataset);
  return datasetKey === undefined ? request : { id: request.id, type: "lattice", datasetKey, size: request.size };
}

/** A worker's answer as the page uses it; a dataset that arrives as text is parsed and its key kept. */
export function responseFromWire(message: WireResponse, keys: DatasetKeys): EngineResponse {
  if (message.type !== "validated") return message;
  const dataset = JSON.parse(message.datasetJson) as Dataset;
  keys.set(dataset, message.datasetKey);
  return { id: message.id, type: "validate", result: { ok: true, dataset } };
}

/**
 * The worker's side: answers each message with `handle`, keeping the last few datasets it has
 * validated (the page only ever lays out the one it shows) for lattice requests that name them.
 */
export function engineEndpoint(handle: (request: EngineRequest) => EngineResponse, keep = 4): (message: WireRequest) => WireResponse {
  const kept = new Map<number, Dataset>();
  let nextKey = 1;
  const request = (message: WireRequest): EngineRequest | string => {
    if (message.type !== "lattice" || !("datasetKey" in message)) return message;
    const dataset = kept.get(message.datasetKey);
    return dataset
      ? { id: message.id, type: "lattice", dataset, size: message.size }
      : `the engine no longer holds dataset ${message.datasetKey}`;
  };
  return (message) => {
    const asked = request(message);
    if (typeof asked === "string") return { id: message.id, type: "error", message: asked };
    const response = handle(asked);
    if (response.type !== "validate") return response;
    if (!response.result.ok) return { id: response.id, type: "validate", result: response.result };
    const datasetKey = nextKey++;
    kept.set(datasetKey, response.result.dataset);
    for (const key of kept.keys()) if (kept.size > keep) kept.delete(key);
    return { id: response.id, type: "validated", datasetJson: JSON.stringify(response.result.dataset), datasetKey };
  };
}
