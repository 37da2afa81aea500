// "в ноябре 2025 года", "ноябрь 2025", "в начале марта", "в ноябре-декабре", "до конца мая": a month name without a day.
import {
  isMonthAbbreviation,
  L,
  MONTH,
  MONTH_ANCHORS,
  monthNumber,
  PART,
  pattern,
  R,
  REL,
  YEAR_NUM,
  YEAR_WORD,
} from '../patterns.js';
import type { Candidate, Parser } from '../types.js';
import {
  PREP,
  lastDayOf,
  monthPartValue,
  partOf,
  relShift,
  spanOfMatch,
  unresolved,
  untilValue,
  byTheEnd,
  withImpliedYear,
} from './shared.js';
import { cand } from '../candidate.js';

export const monthParser: Parser = {
  name: 'month',
  anchors: MONTH_ANCHORS,
  // "в | начале | прошлого | мая", "мая | . | 2025 | года", "марта | – | апреля"
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(?:(${PART}) +)?(?:(${REL}) +)?(${MONTH})(?: *[-–] *(${MONTH}))?(?:\\.? +(${YEAR_NUM})(?:-?(?:го|м))?(?: *(${YEAR_WORD}))?| +(${REL}) +года)?${R}`,
  ),
  build(m, ctx) {
    const [, prep, partWord, relBefore, monthWord, month2Word, yearStr, , rel] = m;
    if (yearStr === undefined && rel === undefined && isMonthAbbreviation(monthWord!)) return null;
    // "«31 июня»": a day the day-month parser found no such date for
    if (prep === undefined && partWord === undefined && relBefore === undefined) {
      if (/\d(?:-?го)? *$/u.test(ctx.doc.lower.slice(Math.max(0, m.index - 6), m.index))) return null;
    }
    // a capitalised "Май" / "Август" mid-sentence with nothing around it is more likely a name
    if (
      prep === undefined &&
      partWord === undefined &&
      relBefore === undefined &&
      yearStr === undefined &&
      rel === undefined
    ) {
      const tok = ctx.doc.tokens[ctx.doc.tokenAt(m.index)];
      const sent = tok ? ctx.doc.sentences[tok.sentence] : undefined;
      if (tok?.upper && sent && sent.firstToken !== tok.i) return null;
    }
    const month = monthNumber(monthWord!)!;
    const month2 = month2Word === undefined ? undefined : monthNumber(month2Word);
    const part = partOf(partWord);
    const base = cand(spanOfMatch(m), {
      kind: month2 === undefined ? 'date' : 'range',
      grain: 'month',
      source: 'month',
    });
    let c: Candidate;
    if (yearStr !== undefined) c = cand(base, { relative: false, parts: { y: Number(yearStr), m: month } });
    else if (relBefore !== undefined) {
      // "в следующем мае": the next May after this month; "в прошлом ноябре": the last one before it
      if (!ctx.ref) return unresolved(base);
      const shift = relShift(relBefore)!;
      const y =
        shift > 0
          ? month > ctx.ref.m
            ? ctx.ref.y
            : ctx.ref.y + 1
          : shift < 0
            ? month < ctx.ref.m
              ? ctx.ref.y
              : ctx.ref.y - 1
            : ctx.ref.y;
      c = cand(base, { relative: true, parts: { y, m: month } });
    } else if (rel !== undefined) {
      if (!ctx.ref) return unresolved(base);
      c = cand(base, { relative: true, parts: { y: ctx.ref.y + relShift(rel)!, m: month } });
    } else c = withImpliedYear(ctx, base, month, undefined);
    if (month2 !== undefined) {
      if (month2 <= month) return null;
      if (c.parts) c.toParts = { y: c.parts.y, m: month2 };
      return c;
    }
    if (part && c.parts) {
      const y = c.parts.y;
      if (byTheEnd(prep, part))
        return cand(c, {
          parts: undefined,
          kind: 'range',
          grain: 'day',
          value: untilValue(lastDayOf(y, month)),
        });
      return cand(c, { parts: undefined, grain: 'day', value: monthPartValue(y, month, part) });
    }
    return c;
  },
};
