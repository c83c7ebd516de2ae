/**
 * Whether the page runs in a sandboxed frame (an opaque origin inside another page). There a
 * browser refuses downloads unless the host allowed them, and nothing tells the page either way.
 */
export const inSandboxedFrame = (): boolean => window.origin === "null" && window.self !== window.top;

/** The graphic in a page of its own: this address without `embed`. */
export function fullViewUrl(): string {
  const url = new URL(location.href);
  url.searchParams.delete("embed");
  return url.href;
}

/** Hands a file to the browser to save, through a temporary link. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
