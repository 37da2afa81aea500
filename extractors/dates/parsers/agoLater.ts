// Shifts from the publication date: "3 дня назад", "два года назад", "год назад", "несколько лет назад",
// "через 2 недели", "через месяц". "Через N" in a past-tense narrative counts from an earlier event,
// not from publication, so there it is a duration.
import { addDays, addMonths } from '../../../document/time/index.js';
import { atTime, formatDuration } from '../format.js';
import { UNITS } from '../constants.js';
import { tenseAt } from '../context.js';
import { COUNT, L, R, UNIT, alt, countValue, pattern, unitKey } from '../patterns.js';
import type { Candidate, DateParts, ParseContext, Parser } from '../types.js';
import { halfOf, term } from './duration.js';
import { refDay, spanOfMatch, unresolved } from './shared.js';
import { cand } from '../candidate.js';

const QUAL = alt([
  'почти',
  'около',
  'примерно',
  'приблизительно',
  'более',
  'больше',
  'менее',
  'меньше',
  'свыше',
  'уже',
  'еще',
  'лишь',
  'всего',
  'ровно',
  'целых',
]);

/** Units a fraction of which is a whole number of a smaller one. */
const SMALLER_UNIT: Readonly<Record<string, [string, number]>> = {
  century: ['year', 100],
  decade: ['year', 10],
  year: ['month', 12],
  quarter: ['month', 3],
  week: ['day', 7],
  day: ['hour', 24],
};

/** The point n units away from the publication day, at the unit's grain. */
function shifted(
  ref: { y: number; m: number; d: number; hh?: number; mi?: number },
  key: string,
  n: number,
): { parts: DateParts; grain: Candidate['grain'] } | null {
  if (key === 'hour' || key === 'minute') {
    // "через 2 часа", "15 минут назад": a clock time on the publication day (or the next/previous one)
    if (ref.hh === undefined || ref.mi === undefined) return null;
    const total = ref.hh * 60 + ref.mi + Math.round(n * (key === 'hour' ? 60 : 1));
    const day = addDays(ref, Math.floor(total / 1440));
    const t = ((total % 1440) + 1440) % 1440;
    // "через полчаса" is thirty minutes away: a minute's grain
    const grain = key === 'hour' && Number.isInteger(n) ? 'hour' : 'minute';
    return { parts: atTime(day, Math.floor(t / 60), t % 60), grain };
  }
  if (!Number.isInteger(n)) {
    // half a year is six months, half a day twelve hours: shift by the whole smaller unit
    const smaller = SMALLER_UNIT[key];
    return smaller && Number.isInteger(n * smaller[1]) ? shifted(ref, smaller[0], n * smaller[1]) : null;
  }
  switch (key) {
    case 'day':
      return { parts: addDays(ref, n), grain: 'day' };
    case 'week':
      return { parts: addDays(ref, 7 * n), grain: 'day' };
    case 'month': {
      const p = addMonths(ref, n);
      return { parts: p, grain: 'month' };
    }
    case 'quarter':
      return { parts: addMonths(ref, 3 * n), grain: 'month' };
    case 'year':
      return { parts: { y: ref.y + n }, grain: 'year' };
    case 'decade':
      return { parts: { y: ref.y + 10 * n }, grain: 'year' };
    case 'century':
      return { parts: { y: ref.y + 100 * n }, grain: 'year' };
    default:
      return null;
  }
}

/**
 * A shift of n units as the anaphora refiner counts it (days, months or years from an earlier date),
 * or null for a vague count, a shift finer than a day or one not whole in those units.
 */
export function shiftBy(key: string, n: number): { unit: 'day' | 'month' | 'year'; shift: number } | null {
  const as: Readonly<Record<string, ['day' | 'month' | 'year', number]>> = {
    day: ['day', 1],
    week: ['day', 7],
    month: ['month', 1],
    quarter: ['month', 3],
    year: ['year', 1],
    decade: ['year', 10],
    century: ['year', 100],
  };
  const u = as[key];
  if (!u || Number.isNaN(n)) return null;
  const shift = n * u[1];
  if (Number.isInteger(shift)) return { unit: u[0], shift };
  // half a year is six months
  return u[0] === 'year' && Number.isInteger(shift * 12) ? { unit: 'month', shift: shift * 12 } : null;
}

/** The point n units from the publication moment ("3 дня назад": -3), or `base` saying why it has none. */
function fromNow(ctx: ParseContext, base: Omit<Candidate, 'relative'>, key: string, n: number): Candidate {
  if (Number.isNaN(n)) return cand(base, { relative: true, unresolved: 'a vague count ("несколько")' });
  const r = refDay(ctx);
  if (!r) return unresolved(base);
  const s = shifted(ctx.ref ? { y: r.y, m: r.m, d: r.d, hh: ctx.ref.hh, mi: ctx.ref.mi } : r, key, n);
  if (!s) return cand(base, { relative: true, unresolved: 'a shift finer than a day or not whole' });
  return cand(base, { relative: true, grain: s.grain, parts: s.parts });
}

export const agoParser: Parser = {
  name: 'ago',
  anchors: { words: ['назад'] },
  pattern: pattern(`${L}(?:(${QUAL}) +)?(?:(${COUNT}) +|(пол)-?)?(${UNIT})(?: +тому)? +назад${R}`),
  build(m, ctx) {
    const [, , countStr, half, unitWord] = m;
    const key = unitKey(unitWord!)!;
    // "полчаса назад", "полгода назад", "полвека назад": half a unit
    const n = half !== undefined ? 0.5 : countStr === undefined ? 1 : countValue(countStr);
    if (n === null) return null;
    return fromNow(
      ctx,
      cand(spanOfMatch(m), { kind: 'date', grain: UNITS[key]!.grain, source: 'ago' }),
      key,
      -n,
    );
  },
};

export const laterParser: Parser = {
  name: 'later',
  anchors: { words: ['через', 'спустя'] },
  pattern: pattern(`${L}(через|спустя) +(?:(${QUAL}) +)?(?:(${COUNT}) +)?(${UNIT}|полгода|полчаса)${R}`),
  build(m, ctx) {
    const [, , , countStr, unitWord] = m;
    const half = unitWord === 'полгода' || unitWord === 'полчаса';
    const key = half ? (unitWord === 'полгода' ? 'year' : 'hour') : unitKey(unitWord!)!;
    const n = half ? 0.5 : countStr === undefined ? 1 : countValue(countStr);
    if (n === null) return null;
    const span = spanOfMatch(m);
    const tense = tenseAt(ctx, span.start);
    const after = ctx.doc.lower.slice(span.end, span.end + 8);
    // "спустя неделю": a point that far after the date the text gave last (resolved by a refiner)
    const back = m[1] === 'спустя' && !/^ +после/.test(after) ? shiftBy(key, n) : null;
    if (back) {
      return cand(span, { kind: 'date', grain: back.unit, relative: false, source: 'later', anaphora: back });
    }
    // "через два дня после аварии", "спустя 3 часа" in a past narrative: a length of time after some event
    if (m[1] === 'спустя' || tense === 'past' || /^ +после/.test(after)) {
      const t = Number.isNaN(n) ? null : half ? halfOf(key) : term(n, unitWord!);
      const c: Candidate = cand(span, {
        kind: 'duration',
        grain: UNITS[key]!.grain,
        relative: false,
        source: 'later',
      });
      return t
        ? cand(c, { value: formatDuration([t]) })
        : cand(c, { unresolved: 'a vague count ("несколько")' });
    }
    return fromNow(ctx, cand(span, { kind: 'date', grain: UNITS[key]!.grain, source: 'later' }), key, n);
  },
};
