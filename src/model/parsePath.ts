/** `ties[3].status.trump` → `["ties", 3, "status", "trump"]`: the inverse of `formatPath`. */
export function parsePath(path: string): PropertyKey[] {
  if (path === "(root)") return [];
  const keys: PropertyKey[] = [];
  const segment = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let match: RegExpExecArray | null;
  while ((match = segment.exec(path)) !== null) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[3] !== undefined) keys.push(JSON.parse(match[3]) as string);
    if (segment.lastIndex === path.length) break;
  }
  return keys;
}
