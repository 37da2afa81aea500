import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { cand } from '../candidate.js';
import { contextOf } from '../context.js';
import type { Candidate } from '../types.js';
import { analyse } from '../../../document/analyse/index.js';
import { dropOverlaps } from './overlaps.js';

/** What dropOverlaps did with Array.prototype.sort: the reference its insertion ordering is held to. */
function bySort(cands: readonly Candidate[]): Candidate[] {
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
}

/** A date candidate over a span. */
const span = (start: number, end: number, source: string, priority?: number): Candidate =>
  cand({ start, end }, { kind: 'date', grain: null, relative: false, source, priority });

describe('dropOverlaps', () => {
  const ctx = contextOf(analyse('', {}));

  test('keeps the longest, then the higher priority, then the earlier, sorted by start', () => {
    const [a, b, c, d] = [span(0, 10, 'a'), span(3, 10, 'b'), span(12, 15, 'c', 1), span(12, 15, 'd')];
    expect(dropOverlaps([d, b, c, a], ctx).map((x) => x.source)).toEqual(['a', 'c']);
  });

  test('gives what sorting gave, on random candidates with ties and empty spans', () => {
    const one = fc
      .record({
        start: fc.integer({ min: 0, max: 40 }),
        len: fc.integer({ min: -1, max: 12 }),
        priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      })
      .map(({ start, len, priority }) => span(start, start + len, `${start}+${len}`, priority));
    fc.assert(
      fc.property(fc.array(one, { maxLength: 30 }), (cands) => {
        expect(dropOverlaps(cands, ctx)).toEqual(bySort(cands));
        // the same objects, not copies
        dropOverlaps(cands, ctx).forEach((c, k) => expect(c).toBe(bySort(cands)[k]));
      }),
      { numRuns: 3000 },
    );
  });

  test('gives what sorting gave on a long text’s hundreds of candidates', () => {
    const one = fc
      .record({
        start: fc.integer({ min: 0, max: 2000 }),
        len: fc.integer({ min: -1, max: 40 }),
        priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      })
      .map(({ start, len, priority }) => span(start, start + len, `${start}+${len}`, priority));
    fc.assert(
      fc.property(fc.array(one, { minLength: 65, maxLength: 400 }), (cands) => {
        expect(dropOverlaps(cands, ctx)).toEqual(bySort(cands));
      }),
      { numRuns: 300 },
    );
  });
});
