import type { Validation } from "../model/validateDataset";
import { refused, type DatasetResult } from "./datasetProblem";
import { decodeText } from "./decodeText";
import { loadDeadline, startWatchdog, type Deadline } from "./loadDeadline";
import { readLimitedBytes } from "./readLimitedBytes";
import { tooLargeMessage } from "./sizeLimit";

export type FetchOptions = {
  /** The page's address, against which a relative `?data=` path resolves. */
  base: string;
  allowedOrigins: readonly string[];
  maxBytes: number;
  /** Checks the text against the schema: in the app, off the main thread (`validateInEngine`). */
  validate: (text: string) => Promise<Validation>;
  fetch?: typeof fetch;
  /** When to give up on a server that stalls or trickles (15 s without progress, 30 s in all). */
  deadline?: Deadline;
};

/**
 * Loads `?data=`: same origin or an allowed one, without credentials, capped in size and in time,
 * decoded as every other path decodes, then validated. Never rejects: a refusal says what happened.
 */
export async function fetchDataset(
  raw: string,
  { base, allowedOrigins, maxBytes, validate, fetch: fetchImpl = fetch, deadline = loadDeadline }: FetchOptions,
): Promise<DatasetResult> {
  const title = "The dataset in the address could not be used";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return refused(title, `"${raw}" is not a valid address`, "data");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return refused(title, `only http(s) addresses are allowed, not ${url.protocol}`, "data");
  const pageOrigin = new URL(base).origin;
  const allowed = (origin: string) => origin === pageOrigin || allowedOrigins.includes(origin);
  if (!allowed(url.origin)) {
    return refused(title, `not allowed: ${url.origin} is not this page's origin nor on this build's allow-list`, "data");
  }
  const watchdog = startWatchdog(deadline);
  try {
    return await fetchWithin(url, { allowed, maxBytes, validate, fetchImpl, watchdog });
  } finally {
    watchdog.stop();
  }
}

type Within = {
  allowed: (origin: string) => boolean;
  maxBytes: number;
  validate: (text: string) => Promise<Validation>;
  fetchImpl: typeof fetch;
  watchdog: ReturnType<typeof startWatchdog>;
};

async function fetchWithin(url: URL, { allowed, maxBytes, validate, fetchImpl, watchdog }: Within): Promise<DatasetResult> {
  const title = "The dataset in the address could not be used";
  const gaveUp = () => refused(title, `gave up loading ${url.href}: ${watchdog.reason() ?? "the load was stopped"}`, "data");
  const { signal } = watchdog;
  let response: Response;
  try {
    // The signal is raced here too: a fetch that ignores it (a stub, an odd polyfill) still ends.
    response = await Promise.race([
      fetchImpl(url.href, { credentials: "omit", redirect: "follow", headers: { Accept: "application/json" }, signal }),
      new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true })),
    ]);
  } catch {
    if (signal.aborted) return gaveUp();
    return refused(title, `could not be fetched from ${url.href} (network error, or the server does not allow it)`, "data");
  }
  watchdog.progress();
  if (response.url && !allowed(new URL(response.url).origin)) {
    return refused(title, `not allowed: it redirected to ${new URL(response.url).origin}`, "data");
  }
  if (!response.ok)
    return refused(title, `could not be fetched: the server answered ${response.status} ${response.statusText}`.trim(), "data");
  const read = await readLimitedBytes(response, maxBytes, watchdog.progress, signal).catch(() => undefined);
  if (read === undefined) return signal.aborted ? gaveUp() : refused(title, "could not be read: the download was interrupted", "data");
  if ("tooLarge" in read) return refused(title, tooLargeMessage(maxBytes, read.tooLarge), "data");
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return refused(title, decoded.message, "data");
  watchdog.stop();
  const validation = await validate(decoded.text);
  if (!validation.ok) return { ok: false, problem: { title: "The dataset in the address is not valid", errors: validation.errors } };
  return { ok: true, dataset: validation.dataset };
}
