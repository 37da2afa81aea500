// Keeps one reading per stretch of text: the longest span wins, then the higher priority, then the earlier parser.
import type { Candidate, Refiner } from '../types.js';

/** Whether candidate a (at index i) is taken before b (at index j): longer, then higher priority, then earlier. */
const before = (a: Candidate, i: number, b: Candidate, j: number): boolean =>
  a.end - a.start !== b.end - b.start
    ? a.end - a.start > b.end - b.start
    : (a.priority ?? 0) !== (b.priority ?? 0)
      ? (a.priority ?? 0) > (b.priority ?? 0)
      : i < j;

/**
 * Drops candidates that overlap a longer (or equally long, higher-priority) one; output sorted by
 * start. An article has a few dozen candidates at most: they are ordered by insertion, in place of
 * Array.prototype.sort and the wrapper objects it needed, whose code was cold inside full extraction.
 */
export const dropOverlaps: Refiner = (cands) => {
  const n = cands.length;
  // indices in the order candidates are taken
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    let k = order.length;
    while (k > 0 && before(cands[i]!, i, cands[order[k - 1]!]!, order[k - 1]!)) k--;
    order.splice(k, 0, i);
  }
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = cands[i]!;
    if (c.end <= c.start) continue;
    let free = true;
    for (const k of kept)
      if (k.start < c.end && c.start < k.end) {
        free = false;
        break;
      }
    if (!free) continue;
    // kept in order of start (kept spans never overlap, so no two share a start)
    let at = kept.length;
    while (at > 0 && kept[at - 1]!.start > c.start) at--;
    kept.splice(at, 0, c);
  }
  return kept;
};
