/**
 * Width of a label in the app's sans-serif, estimated from per-character advances (in em) rather
 * than measured in the DOM, so that a layout is a pure function and is identical in Node, jsdom
 * and every browser. The figures are those of common UI sans fonts, rounded up.
 */
const narrow = new Set([..."iljIf.,:;'’!|[]() t"]);
const wide = new Set([..."MWmw@%"]);
const capital = /[A-Z]/;

export function measureLabel(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (narrow.has(char)) em += 0.3;
    else if (wide.has(char)) em += 0.85;
    else if (capital.test(char)) em += 0.68;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}
