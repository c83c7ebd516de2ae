const tabbable = "button:not(:disabled), input:not(:disabled), textarea:not(:disabled), select:not(:disabled), a[href]";

type TabKey = { key: string; shiftKey: boolean; preventDefault: () => void };

/**
 * A modal dialog keeps focus from the page, but Chromium lets Tab leave it for the browser's own
 * controls; the dialog pattern has focus wrap from the last control to the first, and back.
 */
export function wrapFocus(event: TabKey, dialog: HTMLElement) {
  if (event.key !== "Tab") return;
  // In document order (jsdom's querySelectorAll groups a selector list's matches by selector).
  const controls = [...dialog.getElementsByTagName("*")].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el.matches(tabbable) && !el.closest("[inert]"),
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
