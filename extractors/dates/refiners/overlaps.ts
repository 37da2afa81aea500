// Keeps one reading per stretch of text: the longest span wins, then the higher priority, then the earlier parser.
import type { Candidate, Refiner } from '../types.js';

/** Whether candidate a (at index i) is taken before b (at index j): longer, then higher priority, then earlier. */
const before = (a: Candidate, i: number, b: Candidate, j: number): boolean =>
  a.end - a.start !== b.end - b.start
    ? a.end - a.start > b.end - b.start
    : (a.priority ?? 0) !== (b.priority ?? 0)
      ? (a.priority ?? 0) > (b.priority ?? 0)
      : i < j;

/** Drops candidates that overlap a longer (or equally long, higher-priority) one; output sorted by start. */
export const dropOverlaps: Refiner = (cands) => {
  const order = cands.map((_, i) => i).sort((i, j) => (before(cands[i]!, i, cands[j]!, j) ? -1 : 1));
  // kept spans never overlap and are in order of start, so of end too: the last one starting before
  // c ends is the only one that can overlap it (found by binary search, so a long text is not quadratic)
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = cands[i]!;
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && c.start < kept[lo - 1]!.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
};
