export type Path = readonly PropertyKey[];

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `["ties", 3, "quotes", 0, "speaker"]` → `ties[3].quotes[0].speaker`, the form editors search for. */
export function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && identifier.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(root)";
}
