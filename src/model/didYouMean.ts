/**
 * Edit distance with adjacent transpositions (optimal string alignment): "polnad" is one slip
 * from "poland", as an editor would count it.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[(i - 1) * cols + j] ?? 0) + 1, (d[i * cols + j - 1] ?? 0) + 1, (d[(i - 1) * cols + j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] ?? 0;
}

/**
 * The candidate nearest to what was written, if it is near enough to be a slip (at most a third
 * of the word's letters, and at least one past two letters); case and spacing differences count as slips too.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const plain = (s: string) => s.trim().toLowerCase();
  const target = plain(word);
  // One letter off a one- or two-letter id is another id, not a slip.
  const limit = target.length <= 2 ? 0 : Math.max(1, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(target, plain(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "poland"?`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === undefined ? "" : ` Did you mean "${match}"?`;
}

/** `there is no node "x"`, with the nearest id when one is close: `… "x". Did you mean "y"?` */
export function noSuch(noun: string, id: string, candidates: Iterable<string>): string {
  const hint = didYouMean(id, candidates);
  return hint === "" ? `there is no ${noun} "${id}"` : `there is no ${noun} "${id}".${hint}`;
}
