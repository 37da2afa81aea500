import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
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

describe('the publication reference read by arithmetic', () => {
  /** What Date gives for the same timestamp and offset: the reading referenceOf replaced. */
  function byDate(iso: string, offset: number): object | null {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return null;
    const local = new Date(t + offset * 60000);
    const day = local.getUTCDay();
    return {
      y: local.getUTCFullYear(),
      m: local.getUTCMonth() + 1,
      d: local.getUTCDate(),
      hh: local.getUTCHours(),
      mi: local.getUTCMinutes(),
      weekday: day === 0 ? 7 : day,
    };
  }
  test('gives the local day, clock and weekday Date gives, in every zone and on leap days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) }),
        fc.constantFrom('Z', '+05:00', '-03:30', '+14:00', '-12:00'),
        fc.option(fc.integer({ min: -14 * 60, max: 14 * 60 })),
        (ms, zone, offset) => {
          const utc = new Date(ms).toISOString(); // "YYYY-MM-DDTHH:MM:SS.sssZ"
          const iso = zone === 'Z' ? utc : utc.slice(0, 23) + zone;
          const own =
            offset ??
            (zone === 'Z'
              ? 0
              : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4))));
          expect(referenceOf(meta(iso), offset)).toEqual(byDate(iso, own));
          expect(referenceOf(meta(iso.slice(0, 19) + zone), offset)).toEqual(
            byDate(iso.slice(0, 19) + zone, own),
          );
        },
      ),
      { numRuns: 3000 },
    );
    for (const iso of [
      '2024-02-29T23:59:59+05:00',
      '2000-02-29T00:00:00Z',
      '1900-03-01T00:00:00Z',
      '2100-02-28T20:00:00-05:00',
    ])
      expect(referenceOf(meta(iso), 300)).toEqual(byDate(iso, 300));
  });
});
