export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * The offset of the first byte that breaks UTF-8 (a stray continuation byte, a sequence cut short,
 * an overlong form, a surrogate, a code point past U+10FFFF), or -1 if there is none. TextDecoder
 * can refuse bad UTF-8 but cannot say where, and an editor needs the where.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    else return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return i;
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return i + k;
    }
    i += length;
  }
  return -1;
}

/**
 * The one decoder for a dataset's bytes, on every path (Open dataset, drop, `?data=`, the CLI), so
 * a file is read the same everywhere: UTF-8 with or without a byte-order mark, and UTF-16 (little
 * or big endian) with one. Anything else is refused, saying where, rather than read as "Asia�s".
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(bytes, 3);
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? "utf-16le" : "utf-16be";
    const name = b0 === 0xff ? "UTF-16 LE" : "UTF-16 BE";
    if (bytes.length % 2 !== 0) return { ok: false, message: `not valid ${name}: it has an odd number of bytes (${bytes.length})` };
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
      return { ok: false, message: `not valid ${name}: it holds a broken surrogate pair` };
    }
  }
  return decodeUtf8(bytes, 0);
}

function decodeUtf8(bytes: Uint8Array, start: number): Decoded {
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) {
    const byte = bytes[bad] ?? 0;
    return {
      ok: false,
      message: `not valid UTF-8: byte ${hex(byte)} at byte offset ${bad} cannot be read (save the file as UTF-8)`,
    };
  }
  // Without a BOM, a file whose second byte is NUL is UTF-16 that forgot to say so.
  if (start === 0 && bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0)
    return { ok: false, message: "not UTF-8: it looks like UTF-16 without a byte-order mark (save it as UTF-8)" };
  return { ok: true, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(start)) };
}
