import { useLayoutEffect, type ReactNode } from "react";

/**
 * Shows the page again once the live graphic (or the loading frame) has replaced the prerendered
 * picture: public/first-paint.js hid it for an address that asks for another state. In the commit
 * that puts the new content in place, so the reader never sees the default picture jump.
 */
export function RevealOnCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.classList.remove("is-deep-link");
  }, []);
  return children;
}
