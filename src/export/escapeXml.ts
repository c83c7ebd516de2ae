// Characters XML 1.0 forbids outright: control codes, lone surrogates, U+FFFE and U+FFFF.
const forbidden =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text from data, made safe as XML text or a quoted attribute value: markup in it stays text. */
export const escapeXml = (text: string): string => text.replace(forbidden, "").replace(/[&<>"']/g, (char) => entities[char]!);
