import { useContext, useEffect, useMemo, useRef, useState } from "react";
import { hubLayout } from "../layout/hubLayout";
import type { NodeMetrics } from "../layout/nodeMetrics";
import type { Positions, Size } from "../layout/types";
import type { GraphModel } from "../model/graphModel";
import type { View } from "../model/vocabulary";
import { LayoutEngineContext } from "./layoutEngine";

/** Both orders for this dataset at this size; the lattice is null until the engine returns it. */
export type Layouts = Record<View, Positions | null> & { hub: Positions };

type Request = { model: GraphModel; size: Size; metrics: NodeMetrics };

/**
 * The hub order is computed here (cheap, no randomness); the lattice is given (a published
 * dataset's, laid out at publish time) or asked of the layout engine.
 * One request at a time: while one is out, only the latest size waits, so a reader dragging a
 * window edge does not queue a layout for every pixel.
 */
export function useLayouts(
  model: GraphModel,
  size: Size | null,
  metrics: NodeMetrics | null,
  given: Positions | null = null,
): Layouts | null {
  const engine = useContext(LayoutEngineContext);
  const hub = useMemo(() => (size && metrics ? hubLayout(model, size, metrics) : null), [model, size, metrics]);
  const [lattice, setLattice] = useState<{ metrics: NodeMetrics; positions: Positions } | null>(null);
  const inFlight = useRef(false);
  const waiting = useRef<Request | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    // A lattice given (laid out at publish time) needs no engine.
    if (!size || !metrics || given) return;
    const send = (request: Request) => {
      inFlight.current = true;
      const done = (positions: Positions | null) => {
        inFlight.current = false;
        const next = waiting.current;
        waiting.current = null;
        if (!alive.current) return;
        if (next) return send(next);
        // A failed lattice leaves the reader the hub order rather than nothing.
        setLattice({ metrics: request.metrics, positions: positions ?? hubLayout(request.model, request.size, request.metrics) });
      };
      engine.lattice(request.model, request.size, request.metrics).then(done, () => done(null));
    };
    const request = { model, size, metrics };
    if (inFlight.current) waiting.current = request;
    else send(request);
  }, [engine, model, size, metrics, given]);

  return useMemo(
    () => (hub ? { hub, lattice: given ?? (lattice?.metrics === metrics ? lattice.positions : null) } : null),
    [hub, lattice, metrics, given],
  );
}
