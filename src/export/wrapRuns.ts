import type { TextRun } from "./exportContent";

export type MeasureRun = (text: string, bold: boolean) => number;

type Unit = { pieces: TextRun[]; width: number; space: number };

/**
 * Breaks styled text into lines no wider than `maxWidth`, at spaces only. A word longer than the
 * line gets a line of its own. Lines come back as runs, adjacent runs of one weight merged.
 */
export function wrapRuns(runs: readonly TextRun[], maxWidth: number, measure: MeasureRun): TextRun[][] {
  // Units are what cannot be broken: a word, or pieces of different weight with no space between.
  const units: Unit[] = [];
  let spaced = false;
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === "") continue;
      if (/^\s+$/.test(part)) {
        spaced = true;
        continue;
      }
      const piece = { text: part, bold: run.bold };
      const last = units.at(-1);
      if (last && !spaced) {
        last.pieces.push(piece);
        last.width += measure(part, run.bold);
      } else {
        units.push({ pieces: [piece], width: measure(part, run.bold), space: units.length > 0 ? measure(" ", run.bold) : 0 });
      }
      spaced = false;
    }
  }

  const lines: Unit[][] = [];
  let line: Unit[] = [];
  let width = 0;
  for (const unit of units) {
    if (line.length > 0 && width + unit.space + unit.width > maxWidth) {
      lines.push(line);
      line = [];
      width = 0;
    }
    width += (line.length > 0 ? unit.space : 0) + unit.width;
    line.push(unit);
  }
  if (line.length > 0) lines.push(line);

  return lines.map((units) => {
    const merged: TextRun[] = [];
    units.forEach((unit, u) => {
      unit.pieces.forEach((piece, p) => {
        const text = u > 0 && p === 0 ? ` ${piece.text}` : piece.text;
        const last = merged.at(-1);
        if (last && last.bold === piece.bold) last.text += text;
        else merged.push({ text, bold: piece.bold });
      });
    });
    return merged;
  });
}
