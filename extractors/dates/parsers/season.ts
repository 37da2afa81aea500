// Seasons with a year: "осенью 2018 года", "летом прошлого года", "зимой 2019 года" (December to February).
import { SEASONS } from '../constants.js';
import { L, PART, R, REL, YEAR_NUM, YEAR_WORD, alt, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { relShift, spanOfMatch, unresolved } from './shared.js';
import { cand } from '../candidate.js';
import { tenseAt } from '../context.js';
import { pad } from '../../../document/time/index.js';

/** Every form of the four seasons. */
const SEASON_ANCHORS = { lemmas: ['весна', 'лето', 'осень', 'зима'], words: Object.keys(SEASONS) };

export const seasonParser: Parser = {
  name: 'season',
  anchors: SEASON_ANCHORS,
  pattern: pattern(
    `${L}(?:(в|во|с|со|до|к|ко|по|на) +)?(?:(${PART}) +)?(${alt(Object.keys(SEASONS))})(?: +(${YEAR_NUM}) *(?:${YEAR_WORD})?| +(${REL}) +года)?${R}`,
  ),
  build(m, ctx) {
    const [, prep, part, word, yearStr, rel] = m;
    const [a, b] = SEASONS[word!]!;
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'month', source: 'season' });
    let y: number;
    let relative = false;
    if (yearStr !== undefined) y = Number(yearStr);
    else if (rel !== undefined) {
      if (!ctx.ref) return unresolved(base);
      y = ctx.ref.y + relShift(rel)!;
      relative = true;
    } else {
      // a season alone ("осенью", "к весне", "в конце лета"): the one under way, else the last one in
      // a past sentence and the coming one otherwise; "лета", "зимы" alone are other words' forms too
      if (prep === undefined && part === undefined && !/(?:ой|ом|ью)$/.test(word!)) return null;
      if (!ctx.ref) return unresolved(base);
      const underWay = a <= b ? ctx.ref.m >= a && ctx.ref.m <= b : ctx.ref.m >= a || ctx.ref.m <= b;
      const shift = underWay ? 0 : tenseAt(ctx, base.start) === 'past' ? -1 : 1;
      y = seasonYear(ctx.ref, a, b, shift);
      relative = true;
    }
    // winter "2019 года" runs from December 2019 into February 2020
    const endY = b < a ? y + 1 : y;
    return cand(base, { relative, value: `${y}-${pad(a)}/${endY}-${pad(b)}` });
  },
};

/** Season words in the instrumental ("летом") or accusative/nominative ("это лето"). */
const SEASON_FORMS: Readonly<Record<string, [number, number]>> = {
  летом: [6, 8],
  лето: [6, 8],
  зимой: [12, 2],
  зиму: [12, 2],
  весной: [3, 5],
  весну: [3, 5],
  осенью: [9, 11],
  осень: [9, 11],
};
const SHIFT_WORDS: Readonly<Record<string, -1 | 0 | 1>> = {
  этим: 0,
  этой: 0,
  это: 0,
  эту: 0,
  нынешним: 0,
  нынешней: 0,
  прошлым: -1,
  прошлой: -1,
  прошлое: -1,
  прошлую: -1,
  минувшим: -1,
  минувшей: -1,
  следующим: 1,
  следующей: 1,
  следующее: 1,
  следующую: 1,
  будущим: 1,
  будущей: 1,
  будущее: 1,
  будущую: 1,
};

/**
 * The year a season starts in, counted from the publication month: "this" is the one under way or,
 * between seasons, this calendar year's (a winter: the one just past until June, then the coming
 * one); "last" is the latest that has ended; "next" the first that has not begun.
 */
export function seasonYear(
  ref: { y: number; m: number },
  first: number,
  last: number,
  shift: -1 | 0 | 1,
): number {
  const winter = first > last;
  if (!winter) {
    if (shift === 0) return ref.y;
    if (shift < 0) return ref.m > last ? ref.y : ref.y - 1;
    return ref.m < first ? ref.y : ref.y + 1;
  }
  // a winter that starts in December of year s ends in February of s + 1
  if (shift === 0) return ref.m === 12 ? ref.y : ref.m <= 6 ? ref.y - 1 : ref.y;
  if (shift < 0) return ref.m > last ? ref.y - 1 : ref.y - 2;
  return ref.m < first ? ref.y : ref.y + 1;
}

/** "этим летом", "прошлой зимой", "следующей весной": a season counted from the publication date. */
export const relativeSeasonParser: Parser = {
  name: 'relative-season',
  anchors: SEASON_ANCHORS,
  pattern: pattern(`${L}(${alt(Object.keys(SHIFT_WORDS))}) +(${alt(Object.keys(SEASON_FORMS))})${R}`),
  build(m, ctx) {
    const [, shiftWord, seasonWord] = m;
    const [a, b] = SEASON_FORMS[seasonWord!]!;
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'month', source: 'relative-season' });
    if (!ctx.ref) return unresolved(base);
    const y = seasonYear(ctx.ref, a, b, SHIFT_WORDS[shiftWord!]!);
    const endY = b < a ? y + 1 : y;
    return cand(base, { relative: true, value: `${y}-${pad(a)}/${endY}-${pad(b)}` });
  },
};
