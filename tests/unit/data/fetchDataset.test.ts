import { describe, expect, it, vi } from "vitest";
import { fetchDataset, type FetchOptions } from "../../../src/data/fetchDataset";
import { validateDatasetText } from "../../../src/model/validateDataset";
import { shippedText, tinyDataset } from "../fixtures";

const options = (
  respond: (url: string, init?: RequestInit) => Response | Promise<Response>,
  overrides: Partial<FetchOptions> = {},
): FetchOptions => ({
  base: "https://news.example/graphics/latticework/index.html",
  allowedOrigins: ["https://data.example"],
  maxBytes: 100_000,
  validate: async (text) => validateDatasetText(text),
  fetch: vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => respond(String(url), init)) as unknown as typeof fetch,
  ...overrides,
});
const json = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, ...init });

describe("fetchDataset", () => {
  it("loads a same-origin path without credentials", async () => {
    const opts = options(() => json(JSON.stringify(tinyDataset())));
    const result = await fetchDataset("data/mine.json", opts);
    expect(result.ok).toBe(true);
    expect(opts.fetch).toHaveBeenCalledWith(
      "https://news.example/graphics/latticework/data/mine.json",
      expect.objectContaining({ credentials: "omit" }),
    );
  });

  it("loads from an allowed origin, refuses any other", async () => {
    expect(
      (
        await fetchDataset(
          "https://data.example/x.json",
          options(() => json(shippedText)),
        )
      ).ok,
    ).toBe(true);
    const refused = await fetchDataset(
      "https://evil.example/x.json",
      options(() => json(shippedText)),
    );
    expect(refused).toEqual({
      ok: false,
      problem: {
        title: expect.any(String),
        errors: [{ path: "data", message: expect.stringMatching(/^not allowed: https:\/\/evil\.example/) }],
      },
    });
  });

  it("refuses javascript: and malformed addresses", async () => {
    for (const raw of ["javascript:alert(1)", "http://[::1", "data:application/json,{}"]) {
      const result = await fetchDataset(
        raw,
        options(() => json("{}")),
      );
      expect(result.ok, raw).toBe(false);
    }
  });

  it("says which: not found, too large, not JSON, invalid", async () => {
    const message = async (respond: () => Response) => {
      const result = await fetchDataset("x.json", options(respond, { maxBytes: 50 }));
      return result.ok ? "" : result.problem.errors[0]!.message;
    };
    expect(await message(() => new Response("nope", { status: 404, statusText: "Not Found" }))).toBe(
      "could not be fetched: the server answered 404 Not Found",
    );
    expect(await message(() => json("x".repeat(51)))).toBe("too large: more than 50 bytes, the limit");
    expect(await message(() => json("{ nope"))).toMatch(/^not valid JSON/);
    expect(await message(() => json("[1]"))).toMatch(/^should be an object/);
  });

  it("turns a network failure into a refusal, never a rejection", async () => {
    const result = await fetchDataset(
      "x.json",
      options(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect(!result.ok && result.problem.errors[0]!.message).toMatch(/^could not be fetched from/);
  });

  it("refuses a redirect that leaves the allowed origins", async () => {
    const redirected = () => {
      const response = json(shippedText);
      Object.defineProperty(response, "url", { value: "https://evil.example/x.json" });
      return response;
    };
    const result = await fetchDataset("x.json", options(redirected));
    expect(!result.ok && result.problem.errors[0]!.message).toBe("not allowed: it redirected to https://evil.example");
  });
});
