/**
 * The promise's outcome, or `late()` if it has not settled within `ms`: for work that has no
 * signal to abort with (a script that must load, an engine that must answer), so a wait always ends.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
