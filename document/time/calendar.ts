// Calendar arithmetic on plain local parts (no time zones involved), counted without Date.

/** "00" to "99": two-digit fields are most of what is padded. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + String(i));
/** A number's digits, zero-padded to a width (2 by default): 5 -> "05". */
export const pad = (n: number, w = 2): string => {
  const a = Math.trunc(Math.abs(n));
  if (w === 2 && a < 100) return TWO_DIGITS[a]!;
  return String(a).padStart(w, '0');
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Milliseconds in a day. */
export const DAY_MS = 86400000;

/**
 * Days in a month (1-12) of a year, as `new Date(Date.UTC(y, m, 0)).getUTCDate()` gives them
 * (months past 12 or below 1 roll over; Date.UTC reads years 0–99 as 1900–1999), without making
 * a Date: it was 1.8% of the extractor inside full extraction.
 */
export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  const k = year * 12 + (m - 1);
  const yy = Math.floor(k / 12);
  const mm = k - yy * 12; // 0-11
  if (mm !== 1) return MONTH_DAYS[mm]!;
  return (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
}

/** Whether a day/month/year triple exists. */
export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719468;
/** Beyond this many days from 1970 Date gives no day (±100,000,000 days): left to Date. */
const DATE_RANGE_DAYS = 1e8;

/**
 * The calendar day of a count of days since 1970-01-01 (proleptic Gregorian, as Date reads it):
 * counted in eras of 400 years from 0000-03-01, so that a leap day ends its year.
 */
export function civilOfDays(days: number): { y: number; m: number; d: number } {
  const z = days + EPOCH_SHIFT;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0-146096
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // 0-365, from March 1
  const mp = Math.floor((5 * doy + 2) / 153); // 0 = March
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * Days since 1970-01-01 of a year, month (1-12) and day, as `Date.UTC(y, m - 1, d) / DAY_MS` gives
 * them: months and days out of range roll over, and years 0–99 are read as 1900–1999. Date.UTC is
 * left the fractions and what lies beyond Date's range (NaN there).
 */
export function daysOf(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || Math.abs(y) > 200000)
    return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  const k = year * 12 + (m - 1);
  const yy0 = Math.floor(k / 12);
  const mm = k - yy0 * 12 + 1; // 1-12
  const yy = mm <= 2 ? yy0 - 1 : yy0;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mm > 2 ? mm - 3 : mm + 9) + 2) / 5);
  const days =
    era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - EPOCH_SHIFT + d - 1;
  return Math.abs(days) > DATE_RANGE_DAYS ? Math.floor(Date.UTC(y, m - 1, d) / DAY_MS) : days;
}

/** Shifts a calendar day by n days. */
export function addDays(
  p: { y: number; m: number; d: number },
  n: number,
): { y: number; m: number; d: number } {
  const days = daysOf(p.y, p.m, p.d + n);
  if (Number.isNaN(days)) return { y: NaN, m: NaN, d: NaN };
  return civilOfDays(days);
}

/** Shifts a month by n months. */
export function addMonths(p: { y: number; m: number }, n: number): { y: number; m: number } {
  const k = p.y * 12 + (p.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Days between two calendar days (b - a). */
export function dayDiff(
  a: { y: number; m: number; d: number },
  b: { y: number; m: number; d: number },
): number {
  return daysOf(b.y, b.m, b.d) - daysOf(a.y, a.m, a.d);
}

/** ISO weekday (Monday = 1) of a calendar day. */
export function weekdayOf(p: { y: number; m: number; d: number }): number {
  return weekdayOfDays(daysOf(p.y, p.m, p.d));
}

/** ISO weekday (Monday = 1) of a count of days since 1970-01-01, which was a Thursday. */
export function weekdayOfDays(days: number): number {
  const w = (((days + 4) % 7) + 7) % 7; // 0 = Sunday, as getUTCDay
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week of a day ("2025-W48"). */
export function isoWeek(p: { y: number; m: number; d: number }): string {
  const thursday = addDays(p, 4 - weekdayOf(p));
  const week = Math.floor(dayDiff({ y: thursday.y, m: 1, d: 1 }, thursday) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** "+05:00" for 300 minutes. */
export function offsetSuffix(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
