// ISO 8601 timestamps read by their characters: zone offsets and instants, as Date.parse reads them;
// durations in seconds.
import { DAY_MS, daysInMonth, daysOf } from './calendar.js';

/** The number written by `n` digits of `s` from `i`, or -1 when one of them is no digit. */
export function digitsAt(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Where the zone of a timestamp written "YYYY-MM-DDTHH:MM:SS", with ".sss" or not, starts, or -1
 * when it is not written so.
 */
function zoneStart(iso: string): number {
  if (iso.length < 20) return -1;
  const c = (i: number): number => iso.charCodeAt(i);
  // "-" 45, ":" 58, "T" 84, "." 46
  if (c(4) !== 45 || c(7) !== 45 || c(10) !== 84 || c(13) !== 58 || c(16) !== 58) return -1;
  return c(19) === 46 ? 23 : 19;
}

/**
 * The zone of a timestamp at `at` in minutes ("Z" 0, "+05:00" 300), or NaN when what stands there
 * is not one of those two forms and nothing follows it.
 */
function zoneOffsetAt(iso: string, at: number): number {
  const c = iso.charCodeAt(at);
  if (c === 90 && iso.length === at + 1) return 0; // "Z"
  if ((c !== 43 && c !== 45) || iso.length !== at + 6 || iso.charCodeAt(at + 3) !== 58) return NaN;
  const hh = digitsAt(iso, at + 1, 2);
  const mm = digitsAt(iso, at + 4, 2);
  if (hh < 0 || mm < 0) return NaN;
  return (c === 45 ? -1 : 1) * (hh * 60 + mm);
}

/** The offset of an ISO timestamp in minutes ("+05:00" -> 300; "Z" -> 0), or null. */
export function offsetOfIso(iso: string): number | null {
  const z = zoneStart(iso);
  if (z >= 0) {
    const zone = zoneOffsetAt(iso, z);
    if (!Number.isNaN(zone)) return zone;
  }
  const m = /(?:([+-])(\d{2}):?(\d{2})|Z)$/.exec(iso);
  if (!m) return null;
  if (m[0] === 'Z') return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * Milliseconds since the epoch of an ISO timestamp, NaN when it is none: Date.parse's reading.
 * The common form with its zone ("2025-11-26T12:00:00+05:00", "…:00.000Z") is read here by its
 * characters, in a tenth of the time Date.parse took (4% of the extractor inside full extraction)
 * and without the regular expression that came before it; anything else, or a field out of range,
 * goes to Date.parse.
 */
export function epochOfIso(iso: string): number {
  const z = zoneStart(iso);
  if (z < 0) return Date.parse(iso);
  const zone = zoneOffsetAt(iso, z);
  // a zone's hours and minutes in range (zoneOffsetAt reads "+05:60" as 360, as offsetOfIso does)
  const zoneValid = iso.length === z + 1 || (digitsAt(iso, z + 1, 2) <= 23 && digitsAt(iso, z + 4, 2) <= 59);
  const y = digitsAt(iso, 0, 4);
  const mo = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  const hh = digitsAt(iso, 11, 2);
  const mi = digitsAt(iso, 14, 2);
  const ss = digitsAt(iso, 17, 2);
  const ms = z === 23 ? digitsAt(iso, 20, 3) : 0;
  const valid =
    !Number.isNaN(zone) &&
    zoneValid &&
    y >= 100 && // Date.UTC reads years 0–99 as 1900–1999
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, mo) &&
    hh >= 0 &&
    hh <= 23 &&
    mi >= 0 &&
    mi <= 59 &&
    ss >= 0 &&
    ss <= 59 &&
    ms >= 0;
  if (!valid) return Date.parse(iso);
  return daysOf(y, mo, d) * DAY_MS + ((hh * 60 + mi - zone) * 60 + ss) * 1000 + ms;
}

/** The offset of a zone designator in minutes ("Z", "UTC", "GMT" 0; "+05:00", "+0500", "+05" 300), or null. */
export function zoneOffset(z: string): number | null {
  if (/^(?:Z|UTC|GMT)$/i.test(z)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const DAY_S = 86400;
const DURATION_S = { year: 365 * DAY_S, month: 30 * DAY_S, week: 7 * DAY_S, day: DAY_S };

/** Seconds in an ISO 8601 duration ("P1Y2M", "PT1H55M", "P1.5M"), with 30-day months and 365-day years; NaN if it is not one. */
export function isoDurationSeconds(iso: string): number {
  const m =
    /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(
      iso,
    );
  if (!m || iso === 'P' || iso === 'PT') return NaN;
  const n = (i: number): number => (m[i] ? Number(m[i]) : 0);
  return (
    n(1) * DURATION_S.year +
    n(2) * DURATION_S.month +
    n(3) * DURATION_S.week +
    n(4) * DURATION_S.day +
    n(5) * 3600 +
    n(6) * 60 +
    n(7)
  );
}
