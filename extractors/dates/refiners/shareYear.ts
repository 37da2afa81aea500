// "30 июня и 1 июля 2019 года": a date written without a year takes the year of the date right after it.
import type { Refiner } from '../types.js';
import { extend } from '../../extend.js';

/** Gives an implied-year date the written year of the next date when only "и" or a comma stands between. */
export const shareYear: Refiner = (cands, ctx) =>
  cands.map((a, i) => {
    const b = cands[i + 1];
    if (!a.monthDay || !(a.yearImplied || a.unresolved !== undefined) || a.kind !== 'date') return a;
    if (!b?.parts || b.yearImplied || b.unresolved !== undefined || b.relative || b.kind === 'time') return a;
    if (!/^ *(?:и|или|,) *$/.test(ctx.doc.lower.slice(a.end, b.start))) return a;
    const { yearImplied: _y, unresolved: _u, ...rest } = a;
    void _y;
    void _u;
    return extend(rest, { relative: false, parts: { y: b.parts.y, ...a.monthDay } });
  });
