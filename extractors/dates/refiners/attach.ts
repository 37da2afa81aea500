// Joins what belongs to one day: a weekday or "вчера" before the date ("в среду, 27 марта 2019 года"),
// a time beside a date ("26 ноября в 15:00"), a part of the day around it ("утром 4 марта", "в ночь на 19 декабря").
import { atTime } from '../format.js';
import type { Candidate, Refiner } from '../types.js';
import { cand } from '../candidate.js';
import { validDay } from '../../../document/time/index.js';
import { isMonthAbbreviation } from '../patterns.js';
import { isBareDayPart, onDay } from '../parsers/dayPart.js';
import { DAY_PART_HOURS } from '../constants.js';

const DAY_PART_BEFORE =
  /(?:(?:^|[^\p{L}])(?:утром|днем|вечером|ночью|рано +утром|поздно +вечером)(?: +в)?|(?:^|[^\p{L}])в +ночь(?: +с +\d{1,2})?) *,? *$/u;
const DAY_PART_AFTER = /^ *,? *(?:рано +|поздно +)?(?:утром|днем|вечером|ночью)(?![\p{L}])/u;

/** A weekday or a day named from the publication day ("в среду", "вчера"). */
const isNamedDay = (c: Candidate): boolean =>
  (c.source === 'weekday' || c.source === 'casual-day') && c.parts?.hh === undefined;

const isDay = (c: Candidate): boolean =>
  c.kind === 'date' && c.grain === 'day' && c.parts?.hh === undefined && !c.value;

/** A clock time with no day (its value is "T15:00+05:00"). */
const isBareClock = (c: Candidate): boolean =>
  c.kind === 'time' && c.parts?.hh !== undefined && c.parts.d === undefined && !!c.value;

/** A part of the day already put on its day ("в пятницу вечером"). */
const isDayPartOnDay = (c: Candidate): boolean => c.source === 'day-part' && c.parts?.d !== undefined;

/** The day of a candidate's parts. */
const dayOf = (c: Candidate): { y: number; m: number; d: number } => ({
  y: c.parts!.y,
  m: c.parts!.m!,
  d: c.parts!.d!,
});

/** One candidate for two neighbours that describe one day (and its time), or null. */
function join(a: Candidate, b: Candidate, gap: string, lower: string): Candidate | null {
  // a weekday or casual day, then the full date: the date's value, both words in the span
  if (isNamedDay(a) && isDay(b) && !isNamedDay(b) && /^ *,? *$/.test(gap)) return cand(b, { start: a.start });
  // "25 июля, в четверг"
  if (isDay(a) && !isNamedDay(a) && isNamedDay(b) && /^ *, *$/.test(gap)) return cand(a, { end: b.end });
  if (!/^ *,? *$/.test(gap)) return null;
  if (isDay(a) && b.kind === 'time' && b.parts && isBareClock(b)) return mergeTime(a, b, a.start, b.end);
  if (isBareClock(a) && isDay(b)) return mergeTime(b, a, a.start, b.end);
  // "в пятницу вечером", "утром 4 марта", "вчера днём": the part's hours on that day
  if (isDay(a) && a.parts?.d !== undefined && isBareDayPart(b))
    return cand(onDay(b, dayOf(a), a.relative), { start: a.start });
  if (isBareDayPart(a) && isDay(b) && b.parts?.d !== undefined)
    return cand(onDay(a, dayOf(b), b.relative), { end: b.end });
  // "утром в понедельник, 28 апреля", "в 18:00 в пятницу, 9 декабря": the time moves onto the date its weekday names
  if (
    a.day &&
    isNamedDay(a.day) &&
    a.parts?.hh !== undefined &&
    isDay(b) &&
    !isNamedDay(b) &&
    b.parts?.d !== undefined
  ) {
    const { hh, mi } = a.parts;
    const moved = a.toParts
      ? onDay(
          cand(a, { parts: { y: 0, hh, mi: 0 }, toParts: { y: 0, hh: a.toParts.hh, mi: 0 } }),
          dayOf(b),
          b.relative,
        )
      : cand(a, { parts: atTime(b.parts, hh, mi ?? 0), relative: b.relative });
    const beside = /^ *,? *$/.test(lower.slice(a.day.end, b.start));
    return cand(moved, { end: b.end, day: beside ? cand(b, { start: a.day.start }) : b });
  }
  // "днём в 13:42", "накануне вечером в 20:34": the clock is the finer of the two
  if (isBareDayPart(a) && isBareClock(b)) return cand(b, { start: a.start });
  if (isDayPartOnDay(a) && isBareClock(b)) {
    const day = cand(a, { kind: 'date', source: 'day', parts: dayOf(a), toParts: undefined });
    return mergeTime(day, b, a.start, b.end);
  }
  return null;
}

/**
 * A day joined with a time or a part of the day keeps the day as an item of its own, nested in the
 * time's span, as NEREL marks "в среду" inside "в среду вечером"; a day joined with a day does not.
 */
function withDay(joined: Candidate, a: Candidate, b: Candidate): Candidate {
  if (joined.day) return joined;
  if (a.day) return cand(joined, { day: a.day });
  const timed = (c: Candidate): boolean => c.kind === 'time' || c.source === 'day-part';
  const day = isDay(a) && timed(b) ? a : isDay(b) && timed(a) ? b : undefined;
  return day ? cand(joined, { day }) : joined;
}

/** Merges neighbouring candidates that describe one day (and its time). */
export const attachToDays: Refiner = (cands, ctx) => {
  const lower = ctx.doc.lower;
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    let a = cands[i]!;
    for (let b = cands[i + 1]; b; b = cands[i + 1]) {
      const joined = join(a, b, lower.slice(a.end, b.start), lower);
      if (!joined) break;
      a = withDay(joined, a, b);
      i++;
    }
    a = withYearAfterAbbreviation(a, lower);
    if (isDay(a) || (a.kind === 'date' && a.parts?.hh !== undefined)) {
      const text = lower.slice(Math.max(0, a.start - 30), a.start);
      const before = DAY_PART_BEFORE.exec(text);
      const day = a.day ?? (isDay(a) ? a : undefined);
      if (before)
        a = partOfDay(a, before[0], a.start - before[0].length + before[0].search(/\p{L}/u), a.end, day);
      const after = DAY_PART_AFTER.exec(lower.slice(a.end, a.end + 20));
      if (after) a = partOfDay(a, after[0], a.start, a.end + after[0].length, day);
    }
    out.push(a);
  }
  return out;
};

/**
 * A day widened to the part of the day written beside it ("в ночь на 19 декабря", "15 декабря,
 * вечером"): the part's hours on that day, the day nested inside. A day that has a clock keeps it.
 */
function partOfDay(
  a: Candidate,
  words: string,
  start: number,
  end: number,
  day: Candidate | undefined,
): Candidate {
  const part = /утр/u.test(words)
    ? 'morning'
    : /вечер/u.test(words)
      ? 'evening'
      : /ноч/u.test(words)
        ? 'night'
        : 'day';
  if (!isDay(a) || !a.parts) return cand(a, { start, end, day });
  const [from, to] = DAY_PART_HOURS[part];
  const hours = cand(a, {
    kind: 'time',
    grain: 'hour',
    source: 'day-part',
    parts: { y: 0, hh: from, mi: 0 },
    toParts: { y: 0, hh: to, mi: 0 },
  });
  return cand(onDay(hours, dayOf(a), a.relative), { start, end, day });
}

/** A year after an abbreviated month's dot, which ends the sentence for the splitter: "12 сент. 2024 года". */
const YEAR_AFTER_DOT =
  /^\. +(1\d{3}|20\d\d)(?:-?(?:го|м))?(?: *(?:года|году|г\.?)(?![\p{L}]))?(?![\p{L}\d])/u;

/** A day and abbreviated month whose year was inferred, given the year written after its dot. */
function withYearAfterAbbreviation(a: Candidate, lower: string): Candidate {
  if (a.source !== 'day-month' || !a.yearImplied || !a.parts || a.kind !== 'date') return a;
  const month = /[\p{L}]+$/u.exec(lower.slice(a.start, a.end))?.[0];
  if (month === undefined || !isMonthAbbreviation(month)) return a;
  const year = YEAR_AFTER_DOT.exec(lower.slice(a.end, a.end + 24));
  if (!year) return a;
  const y = Number(year[1]);
  if (!validDay(y, a.parts.m!, a.parts.d!)) return a;
  return cand(a, {
    end: a.end + year[0].length,
    relative: false,
    yearImplied: false,
    parts: { y, m: a.parts.m, d: a.parts.d },
  });
}

function mergeTime(day: Candidate, time: Candidate, start: number, end: number): Candidate {
  if (!day.parts) return cand(day, { start, end, grain: time.grain });
  const merged = cand(day, {
    start,
    end,
    grain: time.grain,
    parts: atTime(day.parts, time.parts!.hh!, time.parts!.mi!),
  });
  return time.offsetMinutes === undefined ? merged : cand(merged, { offsetMinutes: time.offsetMinutes });
}
