// Lengths written as adjectives before a thing, not a person: "23-летний срок", "пятилетний план",
// "трёхдневный визит", "12-часовой марафон". Before a person ("83-летний пенсионер") it is an age,
// which the numbers extractor owns, so that is left alone.
import { formatDuration } from '../format.js';
import { ADJECTIVE_ENDINGS, ADJECTIVE_FORMS, UNITS } from '../constants.js';
import { L, R, alt, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';
import { forms } from '../anchors.js';

const STEMS: Readonly<Record<string, number>> = {
  одно: 1,
  двух: 2,
  трех: 3,
  четырех: 4,
  пяти: 5,
  шести: 6,
  семи: 7,
  восьми: 8,
  девяти: 9,
  десяти: 10,
  одиннадцати: 11,
  двенадцати: 12,
  пятнадцати: 15,
  двадцати: 20,
  двадцатипяти: 25,
  тридцати: 30,
  сорока: 40,
  пятидесяти: 50,
  шестидесяти: 60,
  семидесяти: 70,
  восьмидесяти: 80,
  девяноста: 90,
  ста: 100,
  полутора: 1.5,
  двухсот: 200,
  трехсот: 300,
};
const UNIT_STEMS: Readonly<Record<string, string>> = {
  летн: 'year',
  годичн: 'year',
  месячн: 'month',
  недельн: 'week',
  дневн: 'day',
  суточн: 'day',
  часов: 'hour',
  минутн: 'minute',
  секундн: 'second',
};
/** Nouns after which the adjective is an age or an anniversary, not a length of time. */
const NOT_LENGTHS = new Set(['юбилей', 'возраст', 'годовщина', 'рубеж', 'житель', 'юбиляр']);

export const adjectiveDurationParser: Parser = {
  name: 'adjective-duration',
  // "5-летний" (a number with letters), or a count and a unit stem in one word ("пятилетний")
  anchors: {
    numbers: /-/u,
    words: forms(
      Object.keys(STEMS).flatMap((n) => Object.keys(UNIT_STEMS).map((u) => n + u)),
      ADJECTIVE_FORMS,
    ),
  },
  // one token ("5-летний"), or three where a tokenizer splits at the hyphen
  pattern: pattern(
    `${L}(\\d+|${alt(Object.keys(STEMS))})-?(${alt(Object.keys(UNIT_STEMS))})${ADJECTIVE_ENDINGS}${R}`,
  ),
  build(m, ctx) {
    const [, count, stem] = m;
    const n = /^\d/.test(count!) ? Number(count) : STEMS[count!];
    if (n === undefined || n === 0) return null;
    // the thing it measures: the next noun, past at most one adjective; a person makes it an age
    const ti = ctx.doc.tokenAt(m.index + m[0].length);
    for (let k = ti; k < Math.min(ti + 3, ctx.doc.tokens.length); k++) {
      const t = ctx.doc.tokens[k]!;
      if (t.kind !== 'word') return null;
      const r = t.morph[0];
      if (!r) return null;
      // "49-летний командующий": an adjective used as a person's noun
      if ((r.pos === 'ADJF' || r.pos === 'PRTF') && r.tags.has('anim')) return null;
      if (r.pos === 'ADJF' || r.pos === 'PRTF') continue;
      if (r.pos !== 'NOUN' || t.upper || t.morph.some((p) => p.tags.has('anim')) || NOT_LENGTHS.has(r.lemma))
        return null;
      const key = UNIT_STEMS[stem!]!;
      const u = UNITS[key]!;
      return cand(spanOfMatch(m), {
        kind: 'duration',
        grain: u.grain,
        relative: false,
        source: 'adjective-duration',
        value: formatDuration([{ amount: n * u.factor, unit: u.iso, time: u.time }]),
      });
    }
    return null;
  },
};
