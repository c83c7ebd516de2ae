import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8 } from "../../../src/data/decodeText";
import { encodings, windows1252 } from "./encodings";

const sample = '{"title":"Asia’s alliances 日本 🇯🇵"}';

describe("decodeText", () => {
  it.each(encodings(sample))("reads $name to the same text, without the BOM", ({ bytes }) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: sample });
  });

  it("refuses invalid UTF-8 with the byte offset of the first bad byte", () => {
    const { bytes, offset } = windows1252(sample);
    expect(offset).toBe(14);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      message: "not valid UTF-8: byte 0x92 at byte offset 14 cannot be read (save the file as UTF-8)",
    });
    // After a BOM the offset still counts from the file's first byte.
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({ message: expect.stringContaining("offset 17") });
  });

  it("finds every kind of broken sequence", () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
    expect(at(0x41, 0x42)).toBe(-1);
    expect(at(0xe2, 0x80, 0x99)).toBe(-1); // ’
    expect(at(0xf0, 0x9f, 0x87, 0xaf)).toBe(-1); // 🇯
    expect(at(0x41, 0x80)).toBe(1); // stray continuation
    expect(at(0xc0, 0xaf)).toBe(0); // overlong "/"
    expect(at(0xe0, 0x80, 0xaf)).toBe(1); // overlong, three bytes
    expect(at(0xed, 0xa0, 0x80)).toBe(1); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(1); // past U+10FFFF
    expect(at(0x41, 0xe2, 0x80)).toBe(1); // cut short at the end
    expect(at(0xe2, 0x41, 0x80)).toBe(1); // cut short by ASCII
    expect(at(0xff)).toBe(0);
  });

  it("refuses broken UTF-16 and UTF-16 that forgot its BOM", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16 LE.*odd/) });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-16 LE.*surrogate/),
    });
    expect(decodeText(new Uint8Array([0x7b, 0x00, 0x7d, 0x00]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-16 without a byte-order mark/),
    });
  });
});
