// Keeps one reading per stretch of text: the longest span wins, then the higher priority, then the earlier parser.
import type { Candidate, Refiner } from '../types.js';

/** Whether candidate a (at index i) is taken before b (at index j): longer, then higher priority, then earlier. */
const before = (a: Candidate, i: number, b: Candidate, j: number): boolean =>
  a.end - a.start !== b.end - b.start
    ? a.end - a.start > b.end - b.start
    : (a.priority ?? 0) !== (b.priority ?? 0)
      ? (a.priority ?? 0) > (b.priority ?? 0)
      : i < j;

/** Above this many candidates (a long text) they are sorted rather than inserted one by one. */
const LONG = 64;

/**
 * Drops candidates that overlap a longer (or equally long, higher-priority) one; output sorted by
 * start. An article has a few dozen candidates at most: they are ordered by insertion, in place of
 * Array.prototype.sort and the wrapper objects it needed, whose code was cold inside full extraction.
 */
export const dropOverlaps: Refiner = (cands) => {
  const n = cands.length;
  // indices in the order candidates are taken
  let order: number[] = [];
  if (n > LONG) {
    // a long text: a sort, not insertion (the same order: `before` is a total order)
    order = Array.from({ length: n }, (_, i) => i);
    order.sort((i, j) => (i === j ? 0 : before(cands[i]!, i, cands[j]!, j) ? -1 : 1));
  } else
    for (let i = 0; i < n; i++) {
      let k = order.length;
      while (k > 0 && before(cands[i]!, i, cands[order[k - 1]!]!, order[k - 1]!)) k--;
      order.splice(k, 0, i);
    }
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = cands[i]!;
    if (c.end <= c.start) continue;
    // kept spans never overlap and are in order of start, so of end too: the last one starting
    // before c ends is the only one that can overlap it
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && c.start < kept[lo - 1]!.end) continue;
    // kept in order of start: those starting before c.end end by c.start, so c goes right after them
    kept.splice(lo, 0, c);
  }
  return kept;
};
