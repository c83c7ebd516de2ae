/**
 * A reader's page: the graphic without the editor's tools (Open dataset, Embed, dropping a file),
 * for readers who leave an embed for the graphic's own page. `?reader=1` marks it; the URL codec
 * keeps parameters that are not the reader's state, so the mark survives every change of state.
 */
export const readerParam = "reader";

export function isReaderPage(search: string): boolean {
  try {
    return new URLSearchParams(search).get(readerParam) === "1";
  } catch {
    return false;
  }
}

/** The same address, marked as a reader's page. */
export function readerPageUrl(url: string): string {
  const address = new URL(url);
  address.searchParams.set(readerParam, "1");
  return address.href;
}
