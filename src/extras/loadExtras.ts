import extrasUrl from "./extras.entry.ts?worker&url";
import { extrasGlobal, type Extras } from "./extrasApi";
import { loadScript } from "./loadScript";

let loading: Promise<Extras> | undefined;

/** The extras (canvas painter, export), loaded once on first use. */
export function loadExtras(): Promise<Extras> {
  loading ??= loadScript<Extras>(extrasUrl, extrasGlobal).catch((error: unknown) => {
    // A failed load may succeed later (a flaky network): do not keep the failure.
    loading = undefined;
    throw error;
  });
  return loading;
}
