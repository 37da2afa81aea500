// Days named from the publication day: "сегодня", "вчера", "позавчера", "завтра", "послезавтра", and
// weekdays: "в понедельник", "в прошлую пятницу", "в следующий вторник", "до среды", "(в четверг)".
// These came from chrono-node's Russian casual-date and weekday parsers; they now have patterns of
// their own, because a chrono call cost more than all our other day patterns together (README).
// The readings of "прошлый" and "следующий" are chrono's, and a test holds ours to chrono's.
import { addDays } from '../../../document/time/index.js';
import { tenseAt } from '../context.js';
import { L, R, WEEKDAY, pattern, weekdayNumber } from '../patterns.js';
import { WEEKDAY_FORMS } from '../constants.js';
import type { Parser } from '../types.js';
import { refDay, spanOfMatch, unresolved } from './shared.js';
import { cand } from '../candidate.js';

const DAY_SHIFT: Readonly<Record<string, number>> = {
  позапозавчера: -3,
  позавчера: -2,
  вчера: -1,
  сегодня: 0,
  завтра: 1,
  послезавтра: 2,
  послепослезавтра: 3,
};

export const casualDayParser: Parser = {
  name: 'casual-day',
  anchors: { words: Object.keys(DAY_SHIFT) },
  pattern: pattern(`${L}(?:(?:с|со) +)?(${Object.keys(DAY_SHIFT).join('|')})${R}`),
  build(m, ctx) {
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'day', source: 'casual-day' });
    const r = refDay(ctx);
    if (!r) return unresolved(base);
    return cand(base, { relative: true, parts: addDays(r, DAY_SHIFT[m[1]!]!), priority: -1 });
  },
};

/** Which week a modifier points to: the last such day before today, the next week's, or this one. */
type Which = 'last' | 'next' | 'nearest' | 'this' | undefined;

const MODIFIERS: Readonly<Record<string, Which>> = {
  прошлый: 'last',
  прошлую: 'last',
  прошлое: 'last',
  прошлого: 'last',
  минувший: 'last',
  минувшую: 'last',
  минувшее: 'last',
  следующий: 'next',
  следующую: 'next',
  следующее: 'next',
  следующего: 'next',
  будущий: 'next',
  будущую: 'next',
  будущее: 'next',
  ближайший: 'nearest',
  ближайшую: 'nearest',
  ближайшее: 'nearest',
  ближайшего: 'nearest',
  этот: 'this',
  эту: 'this',
  это: 'this',
  этого: 'this',
};

const PREPS = '(?:в|во|на|к|ко|до|с|со|по|от|после|перед|между)';

/** Forms of "среда", which is also "environment": Wednesday needs a preposition or a modifier. */
const WEDNESDAY = new Set(WEEKDAY_FORMS[3]);

/**
 * The day a weekday points to (ISO weekdays, Monday = 1), from the publication day:
 * - "прошлый"/"минувший": the latest one before the publication day;
 * - "следующий"/"будущий": the one in the next week (Monday to Sunday);
 * - "ближайший": the next one after the publication day;
 * - "этот": the next one from the publication day, or the latest one up to it when the sentence is
 *   in the past;
 * - none: the latest one up to the publication day (news reports what happened), or the next one
 *   from it when the sentence looks ahead.
 */
export function weekdayDay(
  ref: { y: number; m: number; d: number; weekday: number },
  weekday: number,
  which: Which,
  future: boolean,
  past: boolean,
): { y: number; m: number; d: number } {
  const back = (ref.weekday - weekday + 7) % 7; // 0 … 6 days back to the latest one up to today
  const ahead = (weekday - ref.weekday + 7) % 7; // 0 … 6 days ahead to the next one from today
  switch (which) {
    case 'last':
      return addDays(ref, -(back || 7));
    case 'next':
      return addDays(ref, 7 - ref.weekday + weekday);
    case 'nearest':
      return addDays(ref, ahead || 7);
    case 'this':
      return addDays(ref, past ? -back : ahead);
    default:
      return future ? addDays(ref, ahead) : addDays(ref, -back);
  }
}

export const weekdayParser: Parser = {
  name: 'weekday',
  anchors: {
    lemmas: Object.values(WEEKDAY_FORMS).map((f) => f[0]!),
    words: Object.values(WEEKDAY_FORMS).flat(),
  },
  // "в | прошлый | понедельник"
  pattern: pattern(`${L}(?:(${PREPS}) +)?(?:(${Object.keys(MODIFIERS).join('|')}) +)?(${WEEKDAY})${R}`),
  build(m, ctx) {
    const [, prep, modifier, word] = m;
    const form = word!;
    // "окружающей среды", "в молодёжной среде": Wednesday is "в среду", "до среды", "к среде"
    if (WEDNESDAY.has(form)) {
      if (prep === undefined && modifier === undefined) return null;
      if (form === 'среде' && prep !== 'к' && prep !== 'по') return null;
      if (form === 'средой' || form === 'среда') return null;
    }
    const base = cand(spanOfMatch(m), { kind: 'date', grain: 'day', source: 'weekday' });
    if (!ctx.ref) return unresolved(base);
    const tense = tenseAt(ctx, base.start);
    const which = modifier === undefined ? undefined : MODIFIERS[modifier];
    const day = weekdayDay(ctx.ref, weekdayNumber(form)!, which, tense === 'future', tense === 'past');
    return cand(base, { relative: true, parts: day, priority: -1 });
  },
};
