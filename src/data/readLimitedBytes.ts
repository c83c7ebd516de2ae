/**
 * Reads a response body, giving up as soon as it passes `maxBytes`: a size cap that holds even when
 * the server sends no Content-Length, or a false one. `progress` hears of every chunk (the load's
 * idle clock); when `signal` aborts, the read stops and rejects, whatever the body does.
 * Resolves to the bytes, or to the size past which it stopped reading.
 */
export async function readLimitedBytes(
  response: Response,
  maxBytes: number,
  progress: () => void = () => {},
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array } | { tooLarge: number | undefined }> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { tooLarge: declared };
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? { tooLarge: bytes.byteLength } : { bytes };
  }
  const reader = response.body.getReader();
  const aborted = () => {
    void reader.cancel().catch(() => {});
  };
  signal?.addEventListener("abort", aborted);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      // A cancelled read ends as if the body had: only the signal tells the two apart.
      if (signal?.aborted) throw signal.reason;
      if (done) break;
      progress();
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { tooLarge: undefined };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { bytes };
  } finally {
    signal?.removeEventListener("abort", aborted);
  }
}
