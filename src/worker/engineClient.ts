import engineUrl from "./engine.worker.ts?worker&url";
import { withDeadline } from "../data/withDeadline";
import type { Dataset } from "../model/schema";
import { engineGlobal, type Engine, type EngineRequest, type EngineResponse } from "./engineProtocol";
import { requestToWire, responseFromWire, type WireResponse } from "./engineWire";

type Pending = { request: EngineRequest; resolve: (response: EngineResponse) => void };
type Distributive<T> = T extends unknown ? Omit<T, "id"> : never;

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
let scriptEngine: Promise<Engine> | undefined;
/** The datasets the worker validated and keeps, so a lattice request need not send them back. */
const datasetKeys = new WeakMap<Dataset, number>();

/** Loads the engine as a classic script: what a sandboxed iframe can still do without CORS. */
function loadScriptEngine(): Promise<Engine> {
  scriptEngine ??= new Promise<Engine>((resolve, reject) => {
    const existing = (globalThis as Record<string, unknown>)[engineGlobal] as Engine | undefined;
    if (existing) return resolve(existing);
    const script = document.createElement("script");
    script.src = engineUrl;
    script.async = true;
    script.onload = () => {
      const engine = (globalThis as Record<string, unknown>)[engineGlobal] as Engine | undefined;
      if (engine) resolve(engine);
      else reject(new Error("the engine script did not register"));
    };
    script.onerror = () => reject(new Error("the engine script could not be loaded"));
    document.head.append(script);
  });
  return scriptEngine;
}

/** How long a slice of layout may hold the main thread before it lets a frame through. */
const sliceMs = 8;

function runInPage(entry: Pending) {
  const { request, resolve } = entry;
  loadScriptEngine().then(
    (engine) => {
      if (request.type !== "lattice") return setTimeout(() => resolve(engine.handle(request)), 0);
      // No worker: the lattice runs in slices between frames, so the page stays responsive.
      let run: ReturnType<Engine["startLattice"]>;
      try {
        run = engine.startLattice(request.dataset, request.size);
      } catch (error) {
        return resolve({ id: request.id, type: "error", message: String(error) });
      }
      const slice = () => {
        const until = performance.now() + sliceMs;
        let done = false;
        while (!done && performance.now() < until) done = run.step(1);
        if (done) resolve({ id: request.id, type: "lattice", positions: run.result() });
        else setTimeout(slice, 0);
      };
      setTimeout(slice, 0);
    },
    (error: unknown) => resolve({ id: request.id, type: "error", message: String(error) }),
  );
}

function fallBack() {
  worker?.terminate();
  worker = null;
  const waiting = [...pending.values()];
  pending.clear();
  waiting.forEach(runInPage);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(engineUrl, { type: import.meta.env.DEV ? "module" : "classic", name: "latticework-engine" });
  } catch {
    // An opaque origin (sandboxed iframe) or a CSP without worker-src: no worker here.
    worker = null;
    return null;
  }
  worker.onmessage = (event: MessageEvent<WireResponse>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    // A late answer, after its deadline, is not even parsed.
    if (entry) entry.resolve(responseFromWire(event.data, datasetKeys));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
  return worker;
}

/**
 * How long the engine may take to answer before the page stops waiting and says so: checking a
 * dataset at the size limit takes a few seconds, the lattice of the largest one somewhat more.
 */
export const engineDeadlineMs: Record<EngineRequest["type"], number> = { validate: 20_000, lattice: 60_000 };

/** Asks the engine for work, off the main thread where possible; never rejects, and always answers within its deadline. */
export function askEngine(request: Distributive<EngineRequest>, deadlineMs = engineDeadlineMs[request.type]): Promise<EngineResponse> {
  const full = { ...request, id: nextId++ } as EngineRequest;
  const answer = new Promise<EngineResponse>((resolve) => {
    const entry = { request: full, resolve };
    const target = startWorker();
    if (!target) return runInPage(entry);
    pending.set(full.id, entry);
    target.postMessage(requestToWire(full, datasetKeys));
  });
  return withDeadline(answer, deadlineMs, () => {
    // A late answer finds nobody waiting, and is dropped.
    pending.delete(full.id);
    return { id: full.id, type: "error", message: `the engine did not answer within ${deadlineMs / 1000} s` };
  });
}

/** Starts the worker ahead of need, so its script loads while the page renders. */
export function warmEngine(): void {
  startWorker();
}
