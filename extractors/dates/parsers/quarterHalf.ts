// Quarters and halves: "в первом квартале 2025 года", "во второй половине года", "в I полугодии", "за 3-й квартал".
import { ORDINAL_WORDS } from '../constants.js';
import { L, ORDINAL, R, REL, YEAR_NUM, YEAR_WORD, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { PREP, relShift, spanOfMatch, unresolved } from './shared.js';
import { cand } from '../candidate.js';
import { pad } from '../../../document/time/index.js';

export const quarterHalfParser: Parser = {
  name: 'quarter-half',
  anchors: { lemmas: ['квартал', 'полугодие', 'половина'] },
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(${ORDINAL}) +(квартал[а-я]{0,2}|полугоди[а-я]{1,2}|половин[а-я]{1,2})(?: +(${YEAR_NUM})[-‐‑]х(?: +(?:годов|гг\\.?))?| +(${YEAR_NUM}) *(?:${YEAR_WORD})?| +(${REL}) +года| +(года))?${R}`,
  ),
  build(m, ctx) {
    const [, , ordWord, unitWord, decadeStr, yearStr, rel, bareYear] = m;
    const n = ORDINAL_WORDS[ordWord!]!;
    const quarter = unitWord!.startsWith('квартал');
    if ((quarter && n > 4) || (!quarter && n > 2)) return null;
    const base = cand(spanOfMatch(m), {
      kind: 'date',
      grain: quarter ? 'quarter' : 'half',
      source: 'quarter-half',
    });
    if (decadeStr !== undefined) {
      // "во второй половине 1950-х": a half of a decade, 1955/1959
      if (quarter || Number(decadeStr) % 10 !== 0) return null;
      const d = Number(decadeStr);
      return cand(base, {
        grain: 'year',
        relative: false,
        value: n === 1 ? `${d}/${d + 4}` : `${d + 5}/${d + 9}`,
      });
    }
    let y: number;
    let relative = false;
    if (yearStr !== undefined) y = Number(yearStr);
    else {
      // "в первом квартале" without a year is this year's, read from the publication date
      if (!ctx.ref) return unresolved(base);
      y = ctx.ref.y + (rel === undefined ? 0 : relShift(rel)!);
      relative = true;
      void bareYear;
    }
    const [a, b] = quarter ? [n * 3 - 2, n * 3] : n === 1 ? [1, 6] : [7, 12];
    return cand(base, { relative, value: `${y}-${pad(a)}/${y}-${pad(b)}` });
  },
};
