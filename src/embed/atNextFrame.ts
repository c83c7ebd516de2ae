/**
 * Runs `run` once, at the next animation frame, or after `maxWaitMs` if no frame comes first: a
 * browser gives no frames to a hidden tab or an off-screen cross-origin iframe, and a host's
 * request must still be answered there. Returns a function that cancels it.
 */
export function atNextFrame(run: () => void, maxWaitMs = 100): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(once) : undefined;
  const timer = setTimeout(once, maxWaitMs);
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  return () => {
    done = true;
    cancel();
  };
}
