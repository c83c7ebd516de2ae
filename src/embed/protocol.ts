import type { GraphModel } from "../model/graphModel";
import { views, type View } from "../model/vocabulary";
import type { Selection } from "../state/appState";

/**
 * The messages between an embedded graphic and the page that hosts it. Pure: no DOM, so the rules
 * that keep a hostile host from breaking the graphic are tested without a browser.
 */
export const messageType = {
  resize: "latticework:resize",
  state: "latticework:state",
  set: "latticework:set",
} as const;

export type ResizeMessage = { type: typeof messageType.resize; height: number };

/** The reader's state as the host sees it: at most one of `tie` and `node` is set. */
export type StateMessage = {
  type: typeof messageType.state;
  view: View;
  scenario: string;
  tie: string | null;
  node: string | null;
};

/** What a host may ask for: the fields of a state message it wants changed, nothing else. */
export type SetMessage = {
  type: typeof messageType.set;
  view?: View;
  scenario?: string;
  tie?: string | null;
  node?: string | null;
};

export type HostChange = { view?: View; scenario?: string; selection?: Selection };

export const resizeMessage = (height: number): ResizeMessage => ({ type: messageType.resize, height: Math.ceil(height) });

export function stateMessage(state: { view: View; scenario: string; selection: Selection }): StateMessage {
  const { selection } = state;
  return {
    type: messageType.state,
    view: state.view,
    scenario: state.scenario,
    tie: selection?.kind === "tie" ? selection.id : null,
    node: selection?.kind === "node" ? selection.id : null,
  };
}

const fields = ["view", "scenario", "tie", "node"] as const;

/**
 * A host's `latticework:set` message as a change to apply, or null to ignore it. A set message
 * with none of the four fields is a valid, empty change: the host asking where the graphic is
 * (embed.js does so when it starts, for graphics that loaded before it), answered by a report.
 *
 * All or nothing: if any field it names is wrong (a view that does not exist, an unknown scenario,
 * tie or node id, a value of the wrong type), the whole message is ignored, so the graphic never
 * shows half of a step the host asked for. Keys other than the four fields are ignored, so a newer
 * host can talk to an older graphic.
 *
 * The graphic holds one selection: `tie: "<id>"` selects that tie and `node: "<id>"` that node;
 * `null` for either clears the selection. Both together must agree on one selection at most:
 * `{ tie: "<id>", node: null }` selects the tie (so a state message, retyped, sets that state back),
 * while naming a tie and a node at once is refused.
 *
 * Only plain objects are read, and only their own data properties: never a getter, never anything
 * inherited, so `__proto__` or `constructor` tricks have nothing to reach. It never throws.
 */
export function parseHostMessage(data: unknown, model: GraphModel): HostChange | null {
  try {
    const own = plainFields(data);
    if (!own || own.get("type") !== messageType.set) return null;
    const change: HostChange = {};
    if (own.has("view")) {
      const view = own.get("view");
      if (!views.some((v) => v === view)) return null;
      change.view = view as View;
    }
    if (own.has("scenario")) {
      const scenario = own.get("scenario");
      if (typeof scenario !== "string" || !model.scenarios.some((s) => s.id === scenario)) return null;
      change.scenario = scenario;
    }
    const tie = own.get("tie");
    const node = own.get("node");
    if (own.has("tie") && tie !== null && !(typeof tie === "string" && model.tieIndex.has(tie))) return null;
    if (own.has("node") && node !== null && !(typeof node === "string" && model.nodeIndex.has(node))) return null;
    if (typeof tie === "string" && typeof node === "string") return null;
    if (typeof tie === "string") change.selection = { kind: "tie", id: tie };
    else if (typeof node === "string") change.selection = { kind: "node", id: node };
    else if (own.has("tie") || own.has("node")) change.selection = null;
    return change;
  } catch {
    // Only a Proxy can get here (its traps may throw); postMessage never delivers one.
    return null;
  }
}

/** The message's own data fields, if it is a plain object (as structured clone delivers them). */
function plainFields(data: unknown): Map<string, unknown> | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const own = new Map<string, unknown>();
  for (const key of ["type", ...fields]) {
    const descriptor = Object.getOwnPropertyDescriptor(data, key);
    if (!descriptor) continue;
    if (!("value" in descriptor)) return null;
    own.set(key, descriptor.value);
  }
  return own;
}

/**
 * AMP's resize request (amp-iframe with `resizable`): the same height, in the message AMP listens
 * for, so a published graphic fits an AMP page as it fits one with embed.js.
 */
export type AmpEmbedSizeMessage = { sentinel: "amp"; type: "embed-size"; height: number };
export const ampEmbedSizeMessage = (height: number): AmpEmbedSizeMessage => ({
  sentinel: "amp",
  type: "embed-size",
  height: Math.ceil(height),
});
