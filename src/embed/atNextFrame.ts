/**
 * Runs `run` once, in a task of its own just after the next animation frame, or after `maxWaitMs`
 * if no frame comes first: a browser gives no frames to a hidden tab or an off-screen cross-origin
 * iframe, and a host's request must still be answered there. Not inside the frame's callback: the
 * update it makes (a React render) and the frame's own style and paint then fall in two tasks, not
 * one long one. Returns a function that cancels it.
 */
export function atNextFrame(run: () => void, maxWaitMs = 100): () => void {
  let done = false;
  let after: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => (after = setTimeout(once, 0))) : undefined;
  const timer = setTimeout(once, maxWaitMs);
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(after);
  };
  return () => {
    done = true;
    cancel();
  };
}
