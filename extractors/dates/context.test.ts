import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { epochOfIso, referenceOf } from './context.js';

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

describe('reading an ISO timestamp', () => {
  const two = (n: number): string => String(n).padStart(2, '0');
  test('gives what Date.parse gives, on well-formed and broken timestamps alike', () => {
    fc.assert(
      fc.property(
        fc.record({
          y: fc.integer({ min: 0, max: 2100 }),
          mo: fc.integer({ min: 0, max: 13 }),
          d: fc.integer({ min: 0, max: 32 }),
          hh: fc.integer({ min: 0, max: 25 }),
          mi: fc.integer({ min: 0, max: 60 }),
          ss: fc.option(fc.integer({ min: 0, max: 60 })),
          frac: fc.constantFrom('', '.123', '.5', '.123456'),
          zone: fc.constantFrom('Z', '+05:00', '-03:30', '+14:00', '+24:00', '+05:60', '+0500', '', 'z'),
          sep: fc.constantFrom('T', 'T', ' ', 't'),
        }),
        ({ y, mo, d, hh, mi, ss, frac, zone, sep }) => {
          const time = `${two(hh)}:${two(mi)}${ss === null ? '' : `:${two(ss)}${frac}`}`;
          const iso = `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}${sep}${time}${zone}`;
          expect(epochOfIso(iso)).toBe(Date.parse(iso));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
