// Periods named from the publication date: "в этом году", "в прошлом месяце", "на прошлой неделе",
// "в конце прошлого года", "в начале года", "до конца года", "в следующем квартале".
import { addDays, addMonths, isoWeek, pad } from '../../../document/time/index.js';
import { L, PART, R, REL, pattern } from '../patterns.js';
import type { Candidate, Parser } from '../types.js';
import {
  lastDayOf,
  monthPartValue,
  partOf,
  refDay,
  relShift,
  spanOfMatch,
  unresolved,
  untilValue,
  byTheEnd,
  yearPartValue,
} from './shared.js';
import { cand } from '../candidate.js';

const PERIOD_WORDS: Readonly<
  Record<string, 'year' | 'month' | 'week' | 'quarter' | 'half' | 'century' | 'season'>
> = {
  год: 'year',
  году: 'year',
  года: 'year',
  месяц: 'month',
  месяце: 'month',
  месяца: 'month',
  неделя: 'week',
  неделе: 'week',
  недели: 'week',
  неделю: 'week',
  квартал: 'quarter',
  квартале: 'quarter',
  квартала: 'quarter',
  полугодие: 'half',
  полугодии: 'half',
  полугодия: 'half',
  век: 'century',
  веке: 'century',
  века: 'century',
  // a season of a sport or a show ("в прошлом сезоне"): its dates are the league's, not given here
  сезон: 'season',
  сезоне: 'season',
  сезона: 'season',
};
const PERIOD = Object.keys(PERIOD_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PREPS = '(?:в|во|на|за|к|ко|до|с|со|по|от|с +начала|с +конца)';

export const relativePeriodParser: Parser = {
  name: 'relative-period',
  anchors: {
    lemmas: ['год', 'месяц', 'неделя', 'квартал', 'полугодие', 'век', 'сезон'],
    words: Object.keys(PERIOD_WORDS),
  },
  // "с | начала | прошлого | же | года"
  // either a relative word ("прошлом году") or a part of an unnamed period ("в конце года")
  pattern: pattern(`${L}(?:(${PREPS}) +)?(?:(?:(${PART}) +)?(${REL})(?: +же)?|(${PART})) +(${PERIOD})${R}`),
  build(m, ctx) {
    const [, prep, part1, rel, part2, periodWord] = m;
    const period = PERIOD_WORDS[periodWord!]!;
    const part = partOf(part1 ?? part2);
    const shift = rel === undefined ? 0 : relShift(rel)!;
    const grain = period === 'season' ? null : period;
    const base = cand(spanOfMatch(m), { kind: 'date', grain, source: 'relative-period' });
    if (period === 'season')
      return cand(base, {
        relative: true,
        unresolved: "a season of a sport or a show: its dates are the league's",
      });
    const r = refDay(ctx);
    if (!r || !ctx.ref) return unresolved(base);
    const c: Candidate = cand(base, { relative: true });
    switch (period) {
      case 'year': {
        const y = r.y + shift;
        if (byTheEnd(prep, part))
          return cand(c, { kind: 'range', grain: 'day', value: untilValue(lastDayOf(y, 12)) });
        if (part) return cand(c, { grain: 'month', value: yearPartValue(y, part) });
        return cand(c, { parts: { y } });
      }
      case 'month': {
        const { y, m: mo } = addMonths(r, shift);
        if (byTheEnd(prep, part))
          return cand(c, { kind: 'range', grain: 'day', value: untilValue(lastDayOf(y, mo)) });
        if (part) return cand(c, { grain: 'day', value: monthPartValue(y, mo, part) });
        return cand(c, { parts: { y, m: mo } });
      }
      case 'week': {
        const day = addDays(r, shift * 7);
        if (byTheEnd(prep, part))
          return cand(c, { kind: 'range', grain: 'day', value: untilValue(addDays(r, 7 - ctx.ref.weekday)) });
        return cand(c, { value: isoWeek(day) });
      }
      case 'quarter': {
        const q0 = Math.floor((r.m - 1) / 3) + shift;
        const y = r.y + Math.floor(q0 / 4);
        const q = ((q0 % 4) + 4) % 4;
        return cand(c, {
          value: `${y}-${pad(q * 3 + 1)}/${y}-${pad(q * 3 + 3)}`,
        });
      }
      case 'half': {
        const h0 = (r.m <= 6 ? 0 : 1) + shift;
        const y = r.y + Math.floor(h0 / 2);
        const h = ((h0 % 2) + 2) % 2;
        return cand(c, { value: h === 0 ? `${y}-01/${y}-06` : `${y}-07/${y}-12` });
      }
      case 'century': {
        if (rel === undefined) return null;
        return cand(c, { value: String(Math.floor((r.y - 1) / 100) + shift).padStart(2, '0') });
      }
    }
  },
};
