import { createContext, type ComponentType } from "react";
import type { AppStore } from "../state/appStore";

/**
 * Set only while the page is prerendered in Node (scripts/prerender.tsx): parts that load lazily
 * in the browser are given here, so that the static page holds them (the table of ties) for
 * readers without JavaScript.
 */
export type Prerender = { TieRows: ComponentType<{ store: AppStore }> };

export const PrerenderContext = createContext<Prerender | null>(null);
