import extrasUrl from "./extras.entry.ts?worker&url";
import { extrasGlobal, type Extras } from "./extrasApi";
import { loadScriptOnce } from "./loadScript";

/** The extras (canvas painter, export), loaded once on first use. */
export const loadExtras: () => Promise<Extras> = loadScriptOnce<Extras>(extrasUrl, extrasGlobal);
