// Words that point at the publication day itself: "накануне" (the day before, when it stands alone),
// "на сегодняшний день", "с сегодняшнего дня", "на днях" (a few days around it: span kept, no value),
// "этим утром", "этим вечером", "прошлой ночью" (the night into the publication day), "этой ночью":
// the part's hours (DAY_PART_HOURS) on that day.
import { addDays } from '../../../document/time/index.js';
import { DAY_PART_HOURS, DAY_PART_WORDS } from '../constants.js';
import { onDay } from './dayPart.js';
import { tenseAt } from '../context.js';
import { L, R, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { fromRef, spanOfMatch, unresolved, wordAfter } from './shared.js';
import { cand } from '../candidate.js';

export const casualParser: Parser = {
  name: 'casual',
  anchors: {
    words: ['накануне', 'днях', 'утром', 'вечером', 'ночью'],
    lemmas: ['выходной', 'выходные', 'сегодняшний'],
  },
  pattern: pattern(
    `${L}(накануне|на днях|(?:в|на) +(?:эти +|прошлые +|минувшие +|следующие +|ближайшие +)?выходные|на +(?:этих +|прошлых +|минувших +|следующих +|ближайших +)?выходных|(?:с|на|к|до|по) +сегодняшн(?:ий|его|ему|ем) +(?:день|дня|дню|дне)|сегодняшн(?:ий|его|ему|ем) +(?:день|дня|дню|дне)|(?:этим|сегодняшним) +(?:утром|вечером)|(?:этой|прошлой|сегодняшней) +ночью)${R}`,
  ),
  build(m, ctx) {
    const word = m[1]!;
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'day', source: 'casual' });
    if (/выходн/.test(word)) {
      // the weekend: the last one before publication, or the coming one when the text looks ahead
      if (!ctx.ref) return unresolved(base);
      const ahead =
        /следующ|ближайш/.test(word) || (!/прошл|минувш/.test(word) && tenseAt(ctx, base.start) === 'future');
      const back = ctx.ref.weekday === 7 ? 1 : ctx.ref.weekday + 1;
      const sat = fromRef(ctx, ahead ? (6 - ctx.ref.weekday + 7) % 7 || 7 : -back)!;
      return cand(base, { kind: 'range', relative: true, parts: sat, toParts: addDays(sat, 1) });
    }
    if (/(?:утром|вечером|ночью)$/.test(word)) {
      // "этим утром", "этим вечером": the part's hours on the publication day
      if (!ctx.ref) return unresolved(base);
      const [from, to] = DAY_PART_HOURS[DAY_PART_WORDS[word.slice(word.lastIndexOf(' ') + 1)]!];
      const hours = cand(base, {
        kind: 'time',
        grain: 'hour',
        relative: true,
        parts: { y: 0, hh: from, mi: 0 },
        toParts: { y: 0, hh: to, mi: 0 },
      });
      if (!word.endsWith('ночью')) return onDay(hours, fromRef(ctx, 0)!, true);
      // a night runs into its day: "прошлой ночью" ends on the publication day, "этой ночью" in a
      // sentence about the future is the coming one
      const ahead = !word.startsWith('прошлой') && tenseAt(ctx, base.start) === 'future';
      return onDay(hours, fromRef(ctx, ahead ? 1 : 0)!, true);
    }
    if (word === 'на днях')
      return cand(base, { relative: true, unresolved: 'vague: a few days around the publication date' });
    if (word === 'накануне') {
      // "накануне выборов" is the eve of an event, not of publication
      const next = wordAfter(ctx, base.end);
      const r = next?.tok?.morph[0];
      if (r && (r.pos === 'NOUN' || r.pos === 'ADJF' || r.pos === 'NUMR') && r.case === 'gent') return null;
      if (next?.tok && /^\d/.test(next.norm)) return null;
    }
    const day = fromRef(ctx, word === 'накануне' ? -1 : 0);
    if (!day) return unresolved(base);
    return cand(base, { relative: true, parts: day });
  },
};
