import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchDataset, type FetchOptions } from "../../../src/data/fetchDataset";
import { validateDatasetText } from "../../../src/model/validateDataset";
import { encodings, windows1252 } from "./encodings";
import { shippedText } from "../fixtures";

const base = "https://news.example/graphics/latticework/index.html";

/** A server that answers with the chunks given, one every `everyMs`, then holds the line open (or closes). */
function server(chunks: string[], { everyMs = 0, close = true, headers = true } = {}): typeof fetch {
  return ((_url: string, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener("abort", () => reject(signal.reason));
      if (!headers) return; // never answers at all
      let timer: ReturnType<typeof setTimeout> | undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          let k = 0;
          const next = () => {
            if (k < chunks.length) {
              controller.enqueue(new TextEncoder().encode(chunks[k++]));
              timer = setTimeout(next, everyMs);
            } else if (close) controller.close();
          };
          next();
          signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            controller.error(signal.reason);
          });
        },
      });
      resolve(new Response(body, { status: 200 }));
    })) as unknown as typeof fetch;
}

const options = (fetchImpl: typeof fetch, idleMs = 100, totalMs = 3_000): FetchOptions => ({
  base,
  allowedOrigins: [],
  maxBytes: 10_000_000,
  validate: async (text) => validateDatasetText(text),
  fetch: fetchImpl,
  deadline: { idleMs, totalMs },
});

const message = async (fetchImpl: typeof fetch, idleMs?: number, totalMs?: number) => {
  const result = await fetchDataset("slow.json", options(fetchImpl, idleMs, totalMs));
  return result.ok ? "loaded" : `${result.problem.title}: ${result.problem.errors[0]?.message ?? ""}`;
};

/** The message, with the servers' and the deadlines' timers run on a fake clock; and how long it took on it. */
const onFakeClock = async (fetchImpl: typeof fetch, idleMs?: number, totalMs?: number) => {
  const started = Date.now();
  const result = message(fetchImpl, idleMs, totalMs);
  await vi.runAllTimersAsync();
  return { text: await result, tookMs: Date.now() - started };
};

describe("fetchDataset gives up on a server that stalls", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("when it never answers: names the address and what happened", async () => {
    const { text, tookMs } = await onFakeClock(server([], { headers: false }));
    expect(text).toBe(
      "The dataset in the address could not be used: gave up loading https://news.example/graphics/latticework/slow.json: nothing arrived for 0.1 s",
    );
    expect(tookMs).toBe(100);
  });

  it("when it sends headers and `{`, then nothing", async () => {
    const { text, tookMs } = await onFakeClock(server(["{"], { close: false }));
    expect(text).toMatch(/gave up loading .*slow\.json: nothing arrived for 0\.1 s$/);
    expect(tookMs).toBe(100);
  });

  it("when it trickles: each byte restarts the idle clock, the total clock still ends it", async () => {
    const { text, tookMs } = await onFakeClock(server(shippedText.split(""), { everyMs: 10 }), 1_000, 1_500);
    expect(text).toMatch(/gave up loading .*slow\.json: it was still not complete after 1\.5 s$/);
    expect(tookMs).toBe(1_500);
  });

  it("does not give up on a slow server that finishes within the deadline", async () => {
    const chunks = shippedText.match(/[\s\S]{1,20000}/g) ?? [];
    expect((await onFakeClock(server(chunks, { everyMs: 30 }), 1_000, 10_000)).text).toBe("loaded");
  });
});

describe("fetchDataset decodes as every other path does", () => {
  it.each(encodings(shippedText))("accepts $name", async ({ bytes }) => {
    const fetchImpl = (async () => new Response(bytes as BufferSource, { status: 200 })) as unknown as typeof fetch;
    expect(await message(fetchImpl)).toBe("loaded");
  });

  it("refuses invalid UTF-8 with its byte offset", async () => {
    const { bytes, offset } = windows1252('{"meta":{"title":"Asia’s alliances"}}');
    const fetchImpl = (async () => new Response(bytes as BufferSource, { status: 200 })) as unknown as typeof fetch;
    expect(await message(fetchImpl)).toBe(
      `The dataset in the address could not be used: not valid UTF-8: byte 0x92 at byte offset ${offset} cannot be read (save the file as UTF-8)`,
    );
  });
});
