// Resolves "в тот же день", "в том же году", "годом позже" against the nearest earlier date of the text.
import { addDays, addMonths } from '../../../document/time/index.js';
import type { Candidate, DateParts, Refiner } from '../types.js';
import { cand } from '../candidate.js';

/** Fills anaphoric candidates from the last preceding date precise enough for them. */
export const resolveAnaphora: Refiner = (cands) => {
  let lastDay: DateParts | undefined;
  let lastYear: DateParts | undefined;
  let lastMonth: DateParts | undefined;
  return cands.map((c) => {
    if (c.anaphora) {
      const { unit, shift } = c.anaphora;
      const base: Candidate = cand(c, { anaphora: undefined });
      let parts: DateParts | undefined;
      if (unit === 'day' && lastDay?.m !== undefined && lastDay.d !== undefined) {
        parts = addDays({ y: lastDay.y, m: lastDay.m, d: lastDay.d }, shift);
      } else if (unit === 'month' && lastMonth?.m !== undefined) {
        parts = addMonths({ y: lastMonth.y, m: lastMonth.m }, shift);
      } else if (unit === 'year' && lastYear) {
        parts = { y: lastYear.y + shift };
      }
      if (!parts) return cand(base, { unresolved: 'refers to an earlier date the text does not give' });
      if (unit === 'day') lastDay = parts;
      return cand(base, { parts });
    }
    // a time on a day ("утром в понедельник, 28 апреля") gives its day
    const d = c.day ?? c;
    const p = d.toParts ?? d.parts;
    if (p && d.unresolved === undefined && d.kind !== 'time' && d.kind !== 'duration') {
      lastYear = p;
      if (p.m !== undefined) lastMonth = p;
      if (p.d !== undefined) lastDay = p;
    }
    return c;
  });
};
