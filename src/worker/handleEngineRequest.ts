import { latticeLayout } from "../layout/latticeLayout";
import { nodeMetrics } from "../layout/nodeMetrics";
import { buildGraphModel } from "../model/graphModel";
import { validateDatasetText } from "../model/validateDataset";
import type { EngineRequest, EngineResponse } from "./engineProtocol";

export function handleEngineRequest(request: EngineRequest): EngineResponse {
  try {
    if (request.type === "validate") return { id: request.id, type: "validate", result: validateDatasetText(request.text) };
    const model = buildGraphModel(request.dataset);
    const positions = latticeLayout(model, request.size, nodeMetrics(model, request.size));
    return { id: request.id, type: "lattice", positions };
  } catch (error) {
    return { id: request.id, type: "error", message: error instanceof Error ? error.message : String(error) };
  }
}
