// "30 июня и 1 июля 2019 года": a date written without a year takes the year of the date right after it.
import type { Refiner } from '../types.js';
import { cand } from '../candidate.js';

/** Gives an implied-year date the written year of the next date when only "и" or a comma stands between. */
export const shareYear: Refiner = (cands, ctx) =>
  cands.map((a, i) => {
    const b = cands[i + 1];
    if (!a.monthDay || !(a.yearImplied || a.unresolved !== undefined) || a.kind !== 'date') return a;
    if (!b?.parts || b.yearImplied || b.unresolved !== undefined || b.relative || b.kind === 'time') return a;
    if (!/^ *(?:и|или|,) *$/.test(ctx.doc.lower.slice(a.end, b.start))) return a;
    const parts =
      a.monthDay.d === undefined
        ? { y: b.parts.y, m: a.monthDay.m }
        : { y: b.parts.y, m: a.monthDay.m, d: a.monthDay.d };
    return cand(a, { yearImplied: undefined, unresolved: undefined, relative: false, parts });
  });
