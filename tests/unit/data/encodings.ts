/** One dataset text in every encoding a file may come in, for the tests of every path. */
export function encodings(text: string): { name: string; bytes: Uint8Array }[] {
  const utf8 = new TextEncoder().encode(text);
  const le = new Uint8Array(2 + text.length * 2);
  const be = new Uint8Array(2 + text.length * 2);
  le.set([0xff, 0xfe]);
  be.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    le[2 + i * 2] = unit & 0xff;
    le[3 + i * 2] = unit >> 8;
    be[2 + i * 2] = unit >> 8;
    be[3 + i * 2] = unit & 0xff;
  }
  return [
    { name: "UTF-8", bytes: utf8 },
    { name: "UTF-8 with BOM", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) },
    { name: "UTF-16 LE with BOM", bytes: le },
    { name: "UTF-16 BE with BOM", bytes: be },
  ];
}

/** "Asia’s" with its apostrophe in Windows-1252 (0x92): not UTF-8, at the byte offset returned. */
export function windows1252(text: string): { bytes: Uint8Array; offset: number } {
  const at = text.indexOf("’");
  const before = new TextEncoder().encode(text.slice(0, at));
  const after = new TextEncoder().encode(text.slice(at + 1));
  return { bytes: new Uint8Array([...before, 0x92, ...after]), offset: before.length };
}
