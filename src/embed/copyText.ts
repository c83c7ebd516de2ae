/** How a copy went: on the clipboard, or left selected for the reader to copy by hand. */
export type CopyOutcome = "copied" | "selected";

/**
 * Copies the field's text: the Clipboard API where the page may use it, else the older
 * `execCommand("copy")` on the selected text (some browsers and embedding contexts refuse the
 * first), else the text stays selected so the reader's own Ctrl+C or ⌘C does it.
 */
export async function copyText(field: HTMLTextAreaElement | HTMLInputElement): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(field.value);
    return "copied";
  } catch {
    // No clipboard API here, or permission refused: fall through.
  }
  field.focus();
  field.select();
  try {
    if (typeof document.execCommand === "function" && document.execCommand("copy")) return "copied";
  } catch {
    // Some browsers throw rather than return false.
  }
  return "selected";
}
