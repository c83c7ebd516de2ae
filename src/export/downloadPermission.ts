/**
 * Whether this page may save a file, as far as it can tell:
 * - "allowed" at the top level, or in frames whose sandbox (every one up the chain, where it can be
 *   read) allows downloads or that are not sandboxed at all;
 * - "blocked" when a frame element it can read is sandboxed without `allow-downloads` (a frame with
 *   `allow-same-origin` but not `allow-downloads`: Chromium drops the download without a word);
 * - "unknown" when a frame it cannot read stands in the way (an opaque origin, another origin).
 */
export type DownloadPermission = "allowed" | "blocked" | "unknown";

export function downloadPermission(view: Window = window): DownloadPermission {
  let current: Window = view;
  for (let depth = 0; depth < 32; depth++) {
    if (current === current.parent) return "allowed";
    // Sandboxed without allow-same-origin: this document cannot read its own frame element.
    if (current.origin === "null") return "unknown";
    let frame: Element | null;
    try {
      frame = current.frameElement;
    } catch {
      return "unknown";
    }
    // null: a frame of another origin; nothing here says what it allows.
    if (!frame) return "unknown";
    const sandbox = frame.getAttribute("sandbox");
    if (sandbox !== null && !sandbox.split(/\s+/).includes("allow-downloads")) return "blocked";
    current = current.parent;
  }
  return "unknown";
}
