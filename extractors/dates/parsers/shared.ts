// Helpers the result builders share: match offsets, implied years, period parts, context checks.
import { hasTags } from '../../../document/analyse/index.js';
import { addDays, daysInMonth, pad } from '../../../document/time/index.js';
import { PERIOD_PARTS, RELATIVE_SHIFT } from '../constants.js';
import { inferYear, tenseAt } from '../context.js';
import { monthNumber, unitKey, weekdayNumber } from '../patterns.js';
import type { Candidate, DateParts, ParseContext } from '../types.js';
import { cand } from '../candidate.js';

/** Prepositions a date span may open with ("в 2025 году", "с 2013 года"); "начиная" stays outside, as in NEREL. */
export const PREP = '(?:в|во|с|со|на|до|к|ко|по|от|за|около|после|перед|между)';

/** The start and end offsets of a whole match. */
export function spanOfMatch(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}

/** Shift of a relative determiner ("прошлого" -> -1), or undefined. */
export const relShift = (w: string | undefined): number | undefined =>
  w === undefined ? undefined : RELATIVE_SHIFT[w];

/** Part of a period ("начале" -> start), or undefined. */
export const partOf = (w: string | undefined): 'start' | 'middle' | 'end' | undefined =>
  w === undefined ? undefined : PERIOD_PARTS[w];

/** Month interval of a part of a year: start = Jan–Mar, middle = May–Aug, end = Oct–Dec. */
export function yearPartValue(y: number, part: 'start' | 'middle' | 'end'): string {
  const [a, b] = part === 'start' ? [1, 3] : part === 'middle' ? [5, 8] : [10, 12];
  return `${y}-${pad(a)}/${y}-${pad(b)}`;
}

/** Day interval of a part of a month: start = 1–10, middle = 11–20, end = 21–last. */
export function monthPartValue(y: number, m: number, part: 'start' | 'middle' | 'end'): string {
  const [a, b] = part === 'start' ? [1, 10] : part === 'middle' ? [11, 20] : [21, daysInMonth(y, m)];
  const mm = pad(m);
  return `${y}-${mm}-${pad(a)}/${y}-${mm}-${pad(b)}`;
}

/**
 * Fills the year of a date written without one from the publication date; without a reference the
 * candidate keeps its span and says why it has no value.
 */
export function withImpliedYear(
  ctx: ParseContext,
  c: Omit<Candidate, 'parts' | 'relative'>,
  m: number,
  d: number | undefined,
): Candidate {
  const monthDay = d === undefined ? { m } : { m, d };
  if (!ctx.ref)
    return cand(c, { monthDay, relative: true, unresolved: 'no publication date to infer the year from' });
  const y = inferYear(ctx.ref, m, d ?? null, tenseAt(ctx, c.start));
  const parts: DateParts = d === undefined ? { y, m } : { y, m, d };
  return cand(c, { parts, monthDay, relative: true, yearImplied: true });
}

/** A candidate that needs the publication date but has none: span kept, no value. */
export function unresolved(c: Omit<Candidate, 'relative'>): Candidate {
  return cand(c, { relative: true, unresolved: 'no publication date to resolve a relative date against' });
}

/** The publication day as parts. */
export function refDay(ctx: ParseContext): { y: number; m: number; d: number } | null {
  return ctx.ref ? { y: ctx.ref.y, m: ctx.ref.m, d: ctx.ref.d } : null;
}

/**
 * "до конца года", "к концу месяца": a range with an open start and a last day, written as ISO 8601-2
 * writes an open end ("../2025-12-31").
 */
export function untilValue(last: { y: number; m: number; d: number }): string {
  return `../${last.y}-${pad(last.m)}-${pad(last.d)}`;
}

/** Whether a preposition and a part of a period say "by its end": "до конца", "к концу". */
export const byTheEnd = (prep: string | undefined, part: string | undefined): boolean =>
  part === 'end' && (prep === 'до' || prep === 'к' || prep === 'ко');

/** The last day of a month. */
export const lastDayOf = (y: number, m: number): { y: number; m: number; d: number } => ({
  y,
  m,
  d: daysInMonth(y, m),
});

/** Shifts the publication day. */
export const fromRef = (ctx: ParseContext, days: number): { y: number; m: number; d: number } | null => {
  const r = refDay(ctx);
  return r ? addDays(r, days) : null;
};

/** The word token right after an offset (skipping nothing), or undefined. */
export function wordAfter(
  ctx: ParseContext,
  end: number,
): { norm: string; tok: ReturnType<typeof tokenOf> } | undefined {
  const tok = tokenOf(ctx, end);
  if (!tok || tok.kind !== 'word') return undefined;
  return { norm: tok.norm, tok };
}

function tokenOf(ctx: ParseContext, offset: number): ParseContext['doc']['tokens'][number] | undefined {
  const i = ctx.doc.tokenAt(offset);
  const tok = ctx.doc.tokens[i];
  if (!tok) return undefined;
  // the next token must start after the offset with only spaces between
  if (!/^ *$/.test(ctx.doc.lower.slice(offset, tok.start))) return undefined;
  return tok;
}

/** The token right before an offset (spaces only between), or undefined. */
export function tokenBefore(
  ctx: ParseContext,
  start: number,
): ParseContext['doc']['tokens'][number] | undefined {
  const i = ctx.doc.tokenAt(start) - 1;
  const tok = ctx.doc.tokens[i];
  if (!tok || tok.end > start) return undefined;
  if (!/^ *$/.test(ctx.doc.lower.slice(tok.end, start))) return undefined;
  return tok;
}

/**
 * Whether the word after a number makes it a count of something else ("2000 рублей", "1990 человек"):
 * a noun that is not a date word.
 */
export function countedNounAfter(ctx: ParseContext, end: number): boolean {
  const w = wordAfter(ctx, end);
  if (!w) return false;
  if (
    monthNumber(w.norm) !== undefined ||
    unitKey(w.norm) !== undefined ||
    weekdayNumber(w.norm) !== undefined
  )
    return false;
  const r = w.tok?.morph[0];
  // a pronoun ("в 1983 её муж", "в 2014 его избрали") counts nothing
  const closed = (p: { pos: string | null; tags: ReadonlySet<string> }): boolean =>
    p.pos === 'CONJ' || p.pos === 'PREP' || p.pos === 'PRCL' || p.pos === 'NPRO' || p.tags.has('Apro');
  if (!r || w.tok!.morph.some(closed)) return false;
  if (r.pos === 'NOUN' && !w.tok!.upper) return true;
  return hasTags(w.tok!, 'NOUN', 'gent', 'plur') && !w.tok!.upper;
}
