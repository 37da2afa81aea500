import { describe, expect, test } from '@jest/globals';
import { CANDIDATE_FIELDS, newCandidate, withFields } from './candidate.js';

describe('number candidates', () => {
  const base = newCandidate({
    first: 3,
    last: 4,
    start: 10,
    end: 24,
    kind: 'money',
    value: 1e9,
    currency: 'KZT',
    unit: null,
    counts: null,
    countsSpan: null,
    approx: 'about',
    bare: false,
  });

  test('every field is set, in one order, optional ones undefined', () => {
    expect(Object.keys(base)).toEqual(CANDIDATE_FIELDS);
    expect(base.min).toBeUndefined();
    expect(base.figure).toBeUndefined();
  });

  test('a changed copy keeps the order and leaves the original as it was', () => {
    const range = withFields(base, { min: 1e9, max: 2e9, approx: null });
    expect(Object.keys(range)).toEqual(CANDIDATE_FIELDS);
    expect([range.min, range.max, range.approx, range.currency]).toEqual([1e9, 2e9, null, 'KZT']);
    expect(base.min).toBeUndefined();
    expect(base.approx).toBe('about');
  });
});
