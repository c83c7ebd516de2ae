/** The built-in prototypes that a polluting parser would write to. */
const watched = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };

type Snapshot = Record<string, Map<PropertyKey, PropertyDescriptor>>;

function describe(target: object): Map<PropertyKey, PropertyDescriptor> {
  return new Map(Reflect.ownKeys(target).map((key) => [key, Reflect.getOwnPropertyDescriptor(target, key)!]));
}

export function snapshotPrototypes(): Snapshot {
  return Object.fromEntries(Object.entries(watched).map(([name, target]) => [name, describe(target)]));
}

/**
 * What changed on the watched prototypes since `before` (added, removed or rewritten properties,
 * or a new prototype for `Object.prototype`), as readable lines; empty when nothing did.
 */
export function prototypeChanges(before: Snapshot): string[] {
  const changes: string[] = [];
  if (Object.getPrototypeOf(Object.prototype) !== null) changes.push("Object.prototype has a prototype");
  for (const [name, target] of Object.entries(watched)) {
    const was = before[name]!;
    const now = describe(target);
    for (const [key, descriptor] of now) {
      const old = was.get(key);
      const same =
        old !== undefined &&
        old.value === descriptor.value &&
        old.get === descriptor.get &&
        old.set === descriptor.set &&
        old.writable === descriptor.writable &&
        old.enumerable === descriptor.enumerable &&
        old.configurable === descriptor.configurable;
      if (!same) changes.push(`${name}.prototype[${String(key)}] ${old ? "rewritten" : "added"}`);
    }
    for (const key of was.keys()) if (!now.has(key)) changes.push(`${name}.prototype[${String(key)}] removed`);
  }
  return changes;
}
