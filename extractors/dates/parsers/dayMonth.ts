// "26 ноября 2025 года", "1-го декабря", "26-27 ноября", "12 октября прошлого года": a day and a month name.
import { validDay } from '../../../document/time/index.js';
import { ORDINAL_STEM_ALT, ordinalStemValue } from '../constants.js';
import {
  DASH,
  L,
  MONTH,
  MONTH_ANCHORS,
  monthNumber,
  pattern,
  R,
  REL,
  YEAR_NUM,
  YEAR_WORD,
} from '../patterns.js';
import type { Candidate, Parser } from '../types.js';
import { PREP, relShift, spanOfMatch, unresolved, withImpliedYear } from './shared.js';
import { cand } from '../candidate.js';

const DAY = '(\\d{1,2})(?:-?(?:го|е|ое|ого))?';

export const dayMonthParser: Parser = {
  name: 'day-month',
  anchors: MONTH_ANCHORS,
  // "с | 26-го | – | 27 | ноября", "ноября | . | 2025 | года"
  pattern: pattern(
    `${L}(?:(${PREP}) +)?${DAY}(?:${DASH}(\\d{1,2})(?:-?(?:го|е))?)? +(${MONTH})(?:\\.? +(${YEAR_NUM})(?:-?(?:го|м))?(?: *(${YEAR_WORD}))?| +(${REL}) +года)?${R}`,
  ),
  build(m, ctx) {
    const [, , d1s, d2s, monthWord, yearStr, , rel] = m;
    const month = monthNumber(monthWord!)!;
    const d1 = Number(d1s);
    const d2 = d2s === undefined ? undefined : Number(d2s);
    const base = cand(spanOfMatch(m), {
      kind: d2 === undefined ? 'date' : 'range',
      grain: 'day',
      source: 'day-month',
    });
    let c: Candidate;
    if (yearStr !== undefined) {
      c = cand(base, { relative: false, parts: { y: Number(yearStr), m: month, d: d1 } });
    } else if (rel !== undefined) {
      if (!ctx.ref) return unresolved(base);
      c = cand(base, { relative: true, parts: { y: ctx.ref.y + relShift(rel)!, m: month, d: d1 } });
    } else {
      c = withImpliedYear(ctx, base, month, d1);
    }
    if (c.parts && !validDay(c.parts.y, month, d1)) return null;
    if (d2 !== undefined) {
      if (d2 <= d1) return null;
      if (c.parts) {
        if (!validDay(c.parts.y, month, d2)) return null;
        c.toParts = { y: c.parts.y, m: month, d: d2 };
      }
    }
    if (d1 < 1 || d1 > 31) return null;
    return c;
  },
};

/** "с 1 по 5 декабря 2025 года": a range of days in one month. */
export const dayRangeParser: Parser = {
  name: 'day-range',
  anchors: MONTH_ANCHORS,
  pattern: pattern(
    `${L}(?:с|со|от) +(\\d{1,2})(?:-?(?:го|е))? +(?:по|до) +(\\d{1,2})(?:-?(?:го|е))? +(${MONTH})(?:\\.? +(${YEAR_NUM})(?: *(${YEAR_WORD}))?)?${R}`,
  ),
  build(m, ctx) {
    const [, d1s, d2s, monthWord, yearStr] = m;
    const month = monthNumber(monthWord!)!;
    const d1 = Number(d1s);
    const d2 = Number(d2s);
    if (d2 <= d1) return null;
    const base = cand(spanOfMatch(m), { kind: 'range', grain: 'day', source: 'day-range' });
    const c: Candidate =
      yearStr !== undefined
        ? cand(base, { relative: false, parts: { y: Number(yearStr), m: month, d: d1 } })
        : withImpliedYear(ctx, base, month, d1);
    if (c.parts) {
      if (!validDay(c.parts.y, month, d1) || !validDay(c.parts.y, month, d2)) return null;
      c.toParts = { y: c.parts.y, m: month, d: d2 };
    }
    return c;
  },
};

/** A day ordinal in the cases a date takes: "первое", "второго", "третьему", "двадцать пятом". */
const DAY_ENDINGS = '(?:ое|ого|ому|ом|ье|ьего|ьему|ьем)';
const DAY_WORD = `((?:двадцать|тридцать) +)?(${ORDINAL_STEM_ALT})${DAY_ENDINGS}`;

/** "второго мая", "первое сентября 2025 года", "двадцать пятого декабря": a day in words. */
export const dayWordMonthParser: Parser = {
  name: 'day-word-month',
  anchors: MONTH_ANCHORS,
  pattern: pattern(
    `${L}(?:(${PREP}) +)?${DAY_WORD} +(${MONTH})(?:\\.? +(${YEAR_NUM})(?:-?(?:го|м))?(?: *(${YEAR_WORD}))?| +(${REL}) +года)?${R}`,
  ),
  build(m, ctx) {
    const [, , tens, stem, monthWord, yearStr, , rel] = m;
    const unit = ordinalStemValue(stem!)!;
    // "двадцать" and "тридцать" take a unit ordinal only: "двадцать пятого", not "двадцать десятого"
    if (tens !== undefined && unit > 9) return null;
    const d = (tens === undefined ? 0 : tens.startsWith('двадцать') ? 20 : 30) + unit;
    const month = monthNumber(monthWord!)!;
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'day', source: 'day-word-month' });
    let c: Candidate;
    if (yearStr !== undefined)
      c = cand(base, { relative: false, parts: { y: Number(yearStr), m: month, d } });
    else if (rel !== undefined) {
      if (!ctx.ref) return unresolved(base);
      c = cand(base, { relative: true, parts: { y: ctx.ref.y + relShift(rel)!, m: month, d } });
    } else c = withImpliedYear(ctx, base, month, d);
    if (c.parts && !validDay(c.parts.y, month, d)) return null;
    return c;
  },
};
