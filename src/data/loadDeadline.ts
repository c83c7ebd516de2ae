/** How long a load may go without progress, and in all, before it gives up and says so. */
export type Deadline = { idleMs: number; totalMs: number };

export const loadDeadline: Deadline = { idleMs: 15_000, totalMs: 30_000 };

export type Watchdog = {
  signal: AbortSignal;
  /** Some bytes arrived: the idle clock starts again. */
  progress: () => void;
  /** Why it gave up, in words for the alert, or null if it has not. */
  reason: () => string | null;
  /** The load is over, either way: no more timers. */
  stop: () => void;
};

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * An AbortSignal with two clocks: one that any progress restarts (a server that sends headers and
 * `{`, then nothing) and one that nothing restarts (a server that trickles a byte at a time).
 */
export function startWatchdog({ idleMs, totalMs }: Deadline): Watchdog {
  const controller = new AbortController();
  let why: string | null = null;
  const give = (reason: string) => {
    if (why !== null) return;
    why = reason;
    clearTimeout(idle);
    clearTimeout(total);
    controller.abort(new DOMException(reason, "TimeoutError"));
  };
  const idleReason = `nothing arrived for ${seconds(idleMs)}`;
  let idle = setTimeout(() => give(idleReason), idleMs);
  const total = setTimeout(() => give(`it was still not complete after ${seconds(totalMs)}`), totalMs);
  return {
    signal: controller.signal,
    progress: () => {
      if (why !== null) return;
      clearTimeout(idle);
      idle = setTimeout(() => give(idleReason), idleMs);
    },
    reason: () => why,
    stop: () => {
      clearTimeout(idle);
      clearTimeout(total);
    },
  };
}
