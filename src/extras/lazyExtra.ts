import { lazy, type ComponentType } from "react";
import type { Extras } from "./extrasApi";
import { loadExtras } from "./loadExtras";

type ComponentName = { [K in keyof Extras]: Extras[K] extends ComponentType<never> ? K : never }[keyof Extras];

/** A component of the extras script, rendered (inside a Suspense) once the script has loaded. */
export function lazyExtra<K extends ComponentName>(name: K) {
  return lazy(() => loadExtras().then((extras) => ({ default: extras[name] })));
}
