// Parts of the day: "утром", "вечером", "ночью", "рано утром", "поздним вечером", "в обед", "днём"
// (not "днём рождения", "чёрным днём"). Each is a range of hours (DAY_PART_HOURS) on a day that
// refiners find: the day beside it ("в пятницу вечером", "утром 4 марта": refiners/attach.ts), else
// a day of the same sentence or the publication day (refiners/anchorTimes.ts).
import { DAY_PART_HOURS, DAY_PART_LEADS, DAY_PART_WORDS } from '../constants.js';
import { L, R, alt, pattern } from '../patterns.js';
import type { Candidate, DateParts, Parser } from '../types.js';
import { spanOfMatch, tokenBefore, wordAfter } from './shared.js';
import { cand } from '../candidate.js';
import { atDayTime } from '../format.js';

const WORDS = Object.keys(DAY_PART_WORDS).filter((w) => !w.startsWith('обед'));

const EVER = /(?:днем|ночью|утром|вечером),? +и +(?:днем|ночью|утром|вечером)/u;

export const dayPartParser: Parser = {
  name: 'day-part',
  anchors: { lemmas: ['утро', 'день', 'вечер', 'ночь', 'обед'], words: Object.keys(DAY_PART_WORDS) },
  pattern: pattern(
    `${L}(?:(?:(${alt(DAY_PART_LEADS)}) +)?(${alt(WORDS)})|(?:в|во +время|к) +(обед|обеда))${R}`,
  ),
  build(m, ctx) {
    const word = m[2] ?? m[3]!;
    const part = DAY_PART_WORDS[word];
    if (part === undefined) return null;
    // "днём и ночью", "и днём, и ночью": always, not a time of day
    const around = ctx.doc.lower.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    if (EVER.test(around)) return null;
    if (word === 'днем' && m[1] === undefined) {
      // "днём рождения", "днём инцидента": a day named by what follows; "чёрным днём": an adjective's day
      const next = wordAfter(ctx, m.index + m[0].length)?.tok?.morph[0];
      if (next && (next.pos === 'NOUN' || next.pos === 'ADJF') && next.case === 'gent') return null;
      const before = tokenBefore(ctx, m.index)?.morph ?? [];
      if (before.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NPRO')) return null;
    }
    const [from, to] = DAY_PART_HOURS[part];
    return cand(spanOfMatch(m), {
      kind: 'time',
      grain: 'hour',
      relative: false,
      source: 'day-part',
      parts: { y: 0, hh: from, mi: 0 },
      toParts: { y: 0, hh: to, mi: 0 },
    });
  },
};

/** Whether a candidate is a part of the day not yet put on a day. */
export const isBareDayPart = (c: Candidate): boolean => c.source === 'day-part' && c.parts?.d === undefined;

/** A time or range of times written without a day, put on a day: an end at or before the start falls on the next day. */
export function onDay(c: Candidate, day: { y: number; m: number; d: number }, relative: boolean): Candidate {
  const p = c.parts!;
  const from: DateParts = atDayTime(day, p.hh!, p.mi ?? 0);
  const t = c.toParts;
  if (!t || t.hh === undefined) return cand(c, { parts: from, value: undefined, relative });
  const late = t.hh * 60 + (t.mi ?? 0) <= p.hh! * 60 + (p.mi ?? 0) && t.hh < 24;
  const to: DateParts = atDayTime(day, late ? t.hh + 24 : t.hh, t.mi ?? 0);
  return cand(c, { parts: from, toParts: to, value: undefined, relative });
}
