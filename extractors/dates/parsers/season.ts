// Seasons with a year: "осенью 2018 года", "летом прошлого года", "зимой 2019 года" (December to February).
import { SEASONS } from '../constants.js';
import { L, PART, R, REL, YEAR_NUM, YEAR_WORD, alt, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { relShift, spanOfMatch, unresolved } from './shared.js';
import { extend } from '../../extend.js';

const pad = (n: number): string => String(n).padStart(2, '0');

export const seasonParser: Parser = {
  name: 'season',
  gate: /осен|зим|весн|лет[оа]/u,
  pattern: pattern(
    `${L}(?:(?:в|во|с|со|до|к|по) +)?(?:(?:${PART}) +)?(${alt(Object.keys(SEASONS))})(?: +(${YEAR_NUM}) *(?:${YEAR_WORD})?| +(${REL}) +года)${R}`,
  ),
  build(m, ctx) {
    const [, word, yearStr, rel] = m;
    const [a, b] = SEASONS[word!]!;
    const base = extend(spanOfMatch(m), { kind: 'date', grain: 'month', source: 'season' });
    let y: number;
    let relative = false;
    if (yearStr !== undefined) y = Number(yearStr);
    else {
      if (!ctx.ref) return unresolved(base);
      y = ctx.ref.y + relShift(rel)!;
      relative = true;
    }
    // winter "2019 года" runs from December 2019 into February 2020
    const endY = b < a ? y + 1 : y;
    return extend(base, { relative, value: `${y}-${pad(a)}/${endY}-${pad(b)}` });
  },
};
