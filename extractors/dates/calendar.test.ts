import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { daysInMonth, weekdayOf } from './calendar.js';

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
});
