// Keeps one reading per stretch of text: the longest span wins, then the higher priority, then the earlier parser.
import type { Candidate, Refiner } from '../types.js';

/** Drops candidates that overlap a longer (or equally long, higher-priority) one; output sorted by start. */
export const dropOverlaps: Refiner = (cands) => {
  const order = cands
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        b.c.end - b.c.start - (a.c.end - a.c.start) || (b.c.priority ?? 0) - (a.c.priority ?? 0) || a.i - b.i,
    );
  const kept: Candidate[] = [];
  for (const { c } of order) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
