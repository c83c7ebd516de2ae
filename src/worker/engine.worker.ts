import { engineGlobal, type Engine } from "./engineProtocol";
import { handleEngineRequest } from "./handleEngineRequest";
import { engineEndpoint, type WireRequest } from "./engineWire";
import { startLatticeFor } from "./startLatticeFor";

/**
 * The engine: dataset validation (zod, kept out of the first load) and the lattice layout of large
 * graphs. It runs in a Worker where the page may start one; where it may not (a sandboxed iframe
 * has an opaque origin), the same file is loaded as a classic script and registers itself.
 */
declare const WorkerGlobalScope: { new (): unknown } | undefined;
const inWorker = typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope;

if (inWorker) {
  const answer = engineEndpoint(handleEngineRequest);
  self.onmessage = (event: MessageEvent<WireRequest>) => {
    const response = answer(event.data);
    const transfer = response.type === "lattice" ? [response.positions.x.buffer, response.positions.y.buffer] : [];
    (self as unknown as Worker).postMessage(response, transfer);
  };
} else {
  const engine: Engine = { handle: handleEngineRequest, startLattice: startLatticeFor };
  (globalThis as Record<string, unknown>)[engineGlobal] = engine;
}
