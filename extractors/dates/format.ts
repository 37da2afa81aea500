// ISO 8601 text of the dates extractor's parts: at their grain, times of day, durations.
import type { Grain } from '../../document/record/types.js';
import { addDays, offsetSuffix, pad } from '../../document/time/index.js';
import type { DateParts } from './types.js';

/** A day's parts at a clock time, as one literal (all five fields, in one order). */
export function atTime(p: DateParts, hh: number, mi: number): DateParts {
  return { y: p.y, m: p.m, d: p.d, hh, mi };
}

/** A day at a clock time; hours from 24 on fall on the next day ("вечером" ends at 24:00). */
export function atDayTime(day: { y: number; m: number; d: number }, hh: number, mi: number): DateParts {
  if (hh < 24) return { y: day.y, m: day.m, d: day.d, hh, mi };
  const next = addDays(day, Math.floor(hh / 24));
  return { y: next.y, m: next.m, d: next.d, hh: hh % 24, mi };
}

/** The grain the parts are written at. */
export function grainOfParts(p: DateParts): Grain {
  if (p.mi !== undefined) return 'minute';
  if (p.hh !== undefined) return 'hour';
  if (p.d !== undefined) return 'day';
  if (p.m !== undefined) return 'month';
  return 'year';
}

/** ISO 8601 text of parts at their grain; times get the offset when it is known. */
export function formatParts(p: DateParts, offsetMinutes: number | null): string {
  let s = pad(p.y, 4);
  if (p.m === undefined) return s;
  s += `-${pad(p.m)}`;
  if (p.d === undefined) return s;
  s += `-${pad(p.d)}`;
  if (p.hh === undefined) return s;
  s += `T${pad(p.hh)}:${pad(p.mi ?? 0)}`;
  return offsetMinutes === null ? s : s + offsetSuffix(offsetMinutes);
}

/** ISO 8601 time of day without a date ("T15:00+05:00"). */
export function formatTime(hh: number, mi: number, offsetMinutes: number | null): string {
  const s = `T${pad(hh)}:${pad(mi)}`;
  return offsetMinutes === null ? s : s + offsetSuffix(offsetMinutes);
}

/** One term of a duration: an amount of an ISO unit. */
export interface DurationTerm {
  amount: number;
  /** Y, M (month), W, D in the date part; H, M (minute), S in the time part */
  unit: string;
  time: boolean;
}

const DATE_ORDER = ['Y', 'M', 'W', 'D'];
const TIME_ORDER = ['H', 'M', 'S'];

/** ISO 8601 duration from terms ("P5Y", "PT1H55M", "P1.5M"). */
export function formatDuration(terms: readonly DurationTerm[]): string {
  const date = new Map<string, number>();
  const time = new Map<string, number>();
  for (const t of terms) {
    const m = t.time ? time : date;
    m.set(t.unit, (m.get(t.unit) ?? 0) + t.amount);
  }
  const num = (n: number): string => String(Math.round(n * 1000) / 1000);
  let s = 'P';
  for (const u of DATE_ORDER) if (date.has(u)) s += num(date.get(u)!) + u;
  if (time.size) {
    s += 'T';
    for (const u of TIME_ORDER) if (time.has(u)) s += num(time.get(u)!) + u;
  }
  return s;
}
