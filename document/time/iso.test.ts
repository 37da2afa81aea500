import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { epochOfIso, isoDurationSeconds, offsetOfIso, zoneOffset } from './iso.js';

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

describe('zone offsets', () => {
  test('reads a zone as the pattern before it did', () => {
    expect(offsetOfIso('2025-11-26T12:00:00+05:00')).toBe(300);
    expect(offsetOfIso('2025-11-26T12:00:00.000-03:30')).toBe(-210);
    expect(offsetOfIso('2025-11-26T12:00:00Z')).toBe(0);
    expect(offsetOfIso('2025-11-26T12:00+0500')).toBe(300);
    expect(offsetOfIso('2025-11-26T12:00:00+05:60')).toBe(360);
    expect(offsetOfIso('2025-11-26')).toBeNull();
  });
  test('a zone designator alone', () => {
    expect(zoneOffset('UTC')).toBe(0);
    expect(zoneOffset('+05')).toBe(300);
    expect(zoneOffset('-0330')).toBe(-210);
    expect(zoneOffset('MSK')).toBeNull();
  });
});

describe('ISO durations', () => {
  test('seconds, with 30-day months and 365-day years', () => {
    expect(isoDurationSeconds('PT1H55M')).toBe(6900);
    expect(isoDurationSeconds('P1Y2M')).toBe(365 * 86400 + 60 * 86400);
    expect(isoDurationSeconds('P1.5M')).toBe(45 * 86400);
    expect(isoDurationSeconds('P2W')).toBe(14 * 86400);
  });

  test('what is not a duration is NaN', () => {
    for (const s of ['P', 'PT', '1H', 'P1H', '']) expect(isoDurationSeconds(s)).toBeNaN();
  });
});
