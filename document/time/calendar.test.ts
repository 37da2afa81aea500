import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { addDays, civilOfDays, dayDiff, daysInMonth, daysOf, pad, weekdayOf } from './index.js';

describe('calendar arithmetic without Date objects', () => {
  const year = fc.integer({ min: -2000, max: 5000 });

  test('days in a month are what a Date says, months out of range and years 0–99 included', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: -30, max: 40 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
      { numRuns: 5000 },
    );
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
  });

  test('weekdays are what a Date says (Monday 1 … Sunday 7)', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: -40, max: 70 }), (y, m, d) => {
        const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        expect(weekdayOf({ y, m, d })).toBe(w === 0 ? 7 : w);
      }),
      { numRuns: 5000 },
    );
    expect(weekdayOf({ y: 2025, m: 11, d: 26 })).toBe(3);
  });

  const DAY_MS = 86400000;
  const fromDate = (t: Date): { y: number; m: number; d: number } => ({
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
  });

  test('day counts are what Date.UTC gives, months and days out of range and years 0–99 included', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: -30, max: 40 }), fc.integer({ min: -800, max: 800 }), (y, m, d) => {
        expect(daysOf(y, m, d)).toBe(Math.floor(Date.UTC(y, m - 1, d) / DAY_MS));
      }),
      { numRuns: 5000 },
    );
    // at and past the edge of Date's range, and with fractions, Date.UTC itself answers
    for (const [y, m, d] of [
      [275760, 9, 13],
      [275760, 9, 14],
      [-271821, 4, 20],
      [-271821, 4, 19],
      [2025, 1.5, 3],
      [NaN, 1, 1],
    ] as const)
      expect(daysOf(y, m, d)).toEqual(Math.floor(Date.UTC(y, m - 1, d) / DAY_MS));
  });

  test('a day count turns back into the day a Date gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), (days) => {
        expect(civilOfDays(days)).toEqual(fromDate(new Date(days * DAY_MS)));
      }),
      { numRuns: 5000 },
    );
  });

  test('shifting by days and the days between two days are what Dates give', () => {
    const day = fc.record({
      y: year,
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    });
    fc.assert(
      fc.property(day, day, fc.integer({ min: -5000, max: 5000 }), (a, b, n) => {
        expect(addDays(a, n)).toEqual(fromDate(new Date(Date.UTC(a.y, a.m - 1, a.d + n))));
        expect(dayDiff(a, b)).toBe(
          Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS),
        );
      }),
      { numRuns: 5000 },
    );
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2025, m: 12, d: 31 }, 1)).toEqual({ y: 2026, m: 1, d: 1 });
  });

  test('fields are padded to their width', () => {
    expect(pad(5)).toBe('05');
    expect(pad(33, 4)).toBe('0033');
    expect(pad(123)).toBe('123');
  });
});
