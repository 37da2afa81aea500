import { describe, expect, test } from '@jest/globals';
import { referenceOf } from './context.js';

const meta = (published: string | null) => ({
  published,
  url: null,
  outlet: null,
  title: null,
  tzOffsetMinutes: null,
});

describe('the publication reference', () => {
  test('read in the outlet time zone', () => {
    expect(referenceOf(meta('2025-11-26T23:30:00Z'), 300)).toMatchObject({
      y: 2025,
      m: 11,
      d: 27,
      hh: 4,
      mi: 30,
      weekday: 4,
    });
    expect(referenceOf(meta('2025-11-26T23:30:00Z'), null)).toMatchObject({ d: 26, hh: 23, weekday: 3 });
  });

  test('dates, date-only values and what is no date', () => {
    const a = referenceOf(meta('2025-11-26T12:00:00+05:00'), 300);
    expect(referenceOf(meta('2024-02-29'), 300)).toMatchObject({ y: 2024, m: 2, d: 29, weekday: 4 });
    expect(referenceOf(meta('2025-11-26T12:00:00+05:00'), 0)).toMatchObject({ d: 26, hh: 7 });
    expect(referenceOf(meta('2025-11-26T12:00:00+05:00'), 300)).toEqual(a);
    expect(referenceOf(meta('not a date'), 300)).toBeNull();
    expect(referenceOf(meta(null), 300)).toBeNull();
  });
});
