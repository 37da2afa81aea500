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
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = cands[i]!;
    if (c.end > c.start && !kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  // kept spans never overlap, so no two share a start
  return kept.sort((a, b) => a.start - b.start);
};
