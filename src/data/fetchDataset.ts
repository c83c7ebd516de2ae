import type { Validation } from "../model/validateDataset";
import { refused, type DatasetResult } from "./datasetProblem";
import { readLimitedText } from "./readLimitedText";

export type FetchOptions = {
  /** The page's address, against which a relative `?data=` path resolves. */
  base: string;
  allowedOrigins: readonly string[];
  maxBytes: number;
  /** Checks the text against the schema: in the app, off the main thread (`validateInEngine`). */
  validate: (text: string) => Promise<Validation>;
  fetch?: typeof fetch;
};

const humanSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;

/** Loads `?data=`: same origin or an allowed one, without credentials, capped, then validated. */
export async function fetchDataset(
  raw: string,
  { base, allowedOrigins, maxBytes, validate, fetch: fetchImpl = fetch }: FetchOptions,
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
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: "omit", redirect: "follow", headers: { Accept: "application/json" } });
  } catch {
    return refused(title, `could not be fetched from ${url.href} (network error, or the server does not allow it)`, "data");
  }
  if (response.url && !allowed(new URL(response.url).origin)) {
    return refused(title, `not allowed: it redirected to ${new URL(response.url).origin}`, "data");
  }
  if (!response.ok)
    return refused(title, `could not be fetched: the server answered ${response.status} ${response.statusText}`.trim(), "data");
  const text = await readLimitedText(response, maxBytes).catch(() => undefined);
  if (text === undefined) return refused(title, "could not be read: the download was interrupted", "data");
  if (text === null) return refused(title, `too large: the limit is ${humanSize(maxBytes)}`, "data");
  const validation = await validate(text);
  if (!validation.ok) return { ok: false, problem: { title: "The dataset in the address is not valid", errors: validation.errors } };
  return { ok: true, dataset: validation.dataset };
}
