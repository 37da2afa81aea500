// Numeric dates: "26.11.2025", "26.11.25", "26/11/2025", "2025-11-26" (ISO), and "11.2025" (month);
// a day and month without a year, "24.11", "24.11.", read as "24 ноября" is.
import { validDay } from '../../../document/time/index.js';
import { L, pattern, WORD_CHAR } from '../patterns.js';
import type { ParseContext, Parser } from '../types.js';
import { countedNounAfter, spanOfMatch, withImpliedYear } from './shared.js';
import { cand } from '../candidate.js';

/** A number with a dot or slash in it ("26.11", "05/08/2008"), or a year opening "2025-11-26". */
const NUMERIC_DATE_ANCHORS = { numbers: /[./]|^\d{4}$/u };

const END = `(?!${WORD_CHAR}|[.,/:-]\\d)`;

export const numericDateParser: Parser = {
  name: 'numeric-date',
  anchors: NUMERIC_DATE_ANCHORS,
  pattern: pattern(
    `${L}(?:(?:от|с|по|до|на|к) +)?(?:(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2}))${END}`,
  ),
  build(m) {
    let y: number, mo: number, d: number;
    if (m[5] !== undefined) {
      y = Number(m[5]);
      mo = Number(m[6]);
      d = Number(m[7]);
    } else {
      d = Number(m[1]);
      mo = Number(m[3]);
      y = Number(m[4]);
      if (m[4]!.length === 2) y += y < 50 ? 2000 : 1900;
    }
    if (y < 1800 || y > 2100 || !validDay(y, mo, d)) return null;
    return cand(spanOfMatch(m), {
      kind: 'date',
      grain: 'day',
      relative: false,
      source: 'numeric-date',
      parts: { y, m: mo, d },
    });
  },
};

const PERCENT_AFTER = /^ *(?:%|процент)/u;
/** A currency sign, code or word right after the figure: "3.04 грн", "24.11 тенге", "3.01 GBP". */
const CURRENCY_AFTER = /^ *(?:[$€₽₴₸£¥]|[a-z]{3}\b|грн|руб|долл|евро|тенге|гривн|фунт|юан|иен)/u;
/** A currency sign or code right before it: "₴3.04", "GBP 3.01", "$ 1.10". */
const CURRENCY_BEFORE = /(?:[$€₽₴₸£¥]|\b[a-z]{3}|грн\.?) *$/u;

/** Whether the sentence holding [start, end) has a word besides the figure. */
function wordsAround(ctx: ParseContext, start: number, end: number): boolean {
  const tok = ctx.doc.tokens[ctx.doc.tokenAt(start)];
  const sent = tok ? ctx.doc.sentences[tok.sentence] : undefined;
  if (!sent) return false;
  return /\p{L}/u.test(ctx.doc.lower.slice(sent.start, start) + ctx.doc.lower.slice(end, sent.end));
}

/** Prepositions after which "10.12" is a clock time ("в 10.12", "с 10.30"). */
const TIME_PREPS = new Set(['в', 'во', 'с', 'со', 'до', 'к', 'около', 'после', 'по']);

/**
 * "24.11", "24.11.", "от 05.12": a day and a two-digit month without a year, its year inferred as for
 * "24 ноября". Not a decimal ("12.11 процента") nor, after "в"/"с"/"до" with a day up to 23, a clock time.
 */
export const numericDayMonthParser: Parser = {
  name: 'numeric-day-month',
  anchors: NUMERIC_DATE_ANCHORS,
  pattern: pattern(`${L}(?:(от|с|со|по|до|на|к|в|во) +)?(\\d{1,2})\\.(0[1-9]|1[0-2])${END}`),
  build(m, ctx) {
    const [, prep, ds, ms] = m;
    const d = Number(ds);
    if (d < 1 || d > 31) return null;
    if (d <= 23 && prep !== undefined && TIME_PREPS.has(prep)) return null;
    const end = m.index + m[0].length;
    const after = ctx.doc.lower.slice(end, end + 12);
    const before = ctx.doc.lower.slice(
      Math.max(0, m.index - 6),
      m.index + (m[0].length - m[0].trimStart().length),
    );
    if (countedNounAfter(ctx, end) || PERCENT_AFTER.test(after)) return null;
    // "3.04 грн", "GBP 3.01", "₴3.04": an amount of money
    if (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before)) return null;
    // a figure standing alone ("1.10") is a number; a date needs words around it
    if (prep === undefined && !wordsAround(ctx, m.index, end)) return null;
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'day', source: 'numeric-day-month' });
    const c = withImpliedYear(ctx, base, Number(ms), d);
    if (c.parts && !validDay(c.parts.y, Number(ms), d)) return null;
    return c;
  },
};

/** "5–7.12.2025", "с 05.12 по 07.12.2025", "с 28.11 по 02.12.2025": a range of days in figures, the year (and month) written once at its end. */
export const numericDayRangeParser: Parser = {
  name: 'numeric-day-range',
  anchors: NUMERIC_DATE_ANCHORS,
  pattern: pattern(
    `${L}(?:(?:с|со|от) +)?(\\d{1,2})(?:\\.(0[1-9]|1[0-2]))?(?: *[-–—] *| +(?:по|до) +)(\\d{1,2})\\.(0[1-9]|1[0-2])\\.(\\d{4}|\\d{2})${END}`,
  ),
  build(m) {
    const [, d1s, m1s, d2s, m2s, ys] = m;
    let y2 = Number(ys);
    if (ys!.length === 2) y2 += y2 < 50 ? 2000 : 1900;
    const m2 = Number(m2s);
    const m1 = m1s === undefined ? m2 : Number(m1s);
    // "с 28.12 по 03.01.2026" began the year before
    const y1 = m1 > m2 ? y2 - 1 : y2;
    const d1 = Number(d1s);
    const d2 = Number(d2s);
    if (y2 < 1800 || y2 > 2100 || !validDay(y1, m1, d1) || !validDay(y2, m2, d2)) return null;
    if (y1 === y2 && (m1 > m2 || (m1 === m2 && d1 >= d2))) return null;
    return cand(spanOfMatch(m), {
      kind: 'range',
      grain: 'day',
      relative: false,
      source: 'numeric-day-range',
      parts: { y: y1, m: m1, d: d1 },
      toParts: { y: y2, m: m2, d: d2 },
    });
  },
};
