// Periods without a count: "в последние годы", "в ближайшие месяцы", "долгие годы", "в течение многих лет",
// "в последнее время". Their span is a date expression, but no ISO value can be given.
import { ORDINAL_STEMS } from '../../../document/lexicon/index.js';
import { L, R, alt, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';

const PLURAL_UNITS =
  '(?:годы|лет|месяцы|месяцев|недели|недель|дни|дней|сутки|суток|часы|часов|десятилетия|десятилетий|века|веков)';
/** Words before a plural unit that place the period without counting it: "в последующие годы". */
const PLACES = [
  ...['последние', 'последних', 'ближайшие', 'ближайших', 'прошедшие', 'минувшие', 'предыдущие'],
  ...['последующие', 'последующих', 'предстоящие', 'предстоящих', 'первые', 'первых'],
];

export const vagueParser: Parser = {
  name: 'vague',
  anchors: {
    words: [...PLACES, ...['долгие', 'долгих', 'многие', 'многих', 'разные', 'последнее']],
  },
  // "в | течение | последних | лет", "в | последнее | время"
  pattern: pattern(
    `${L}(?:(?:(?:в|за|на) +(?:течение +)?)?(?:${PLACES.join('|')})|(?:на +протяжении +|в +течение +)?(?:долгие|долгих|многие|многих)|в +разные) +${PLURAL_UNITS}${R}|${L}в +последнее +время${R}`,
  ),
  build(m) {
    const isTime = /время$/.test(m[0]);
    return cand(spanOfMatch(m), {
      kind: isTime ? 'date' : 'duration',
      grain: null,
      relative: isTime,
      source: 'vague',
      unresolved: 'vague: no count or date to give a value',
    });
  },
};

/**
 * A minute of a match or a broadcast: "на 53-й минуте", "на четвёртой минуте", "к 90-й минуте". A
 * time, but counted from a kick-off the text does not give: span only.
 */
export const playMinuteParser: Parser = {
  name: 'play-minute',
  anchors: { lemmas: ['минута', 'секунда'] },
  pattern: pattern(
    `${L}(?:на|к|с|до) +(?:\\d+-?(?:й|ой|ей|ю|ую)?|${alt(ORDINAL_STEMS.map(([s]) => s))}(?:ой|ей|ую|ью))(?: +же)? +(?:минуте|минуту|секунде|секунду)${R}`,
  ),
  build(m) {
    return cand(spanOfMatch(m), {
      kind: 'time',
      grain: /минут/.test(m[0]) ? 'minute' : 'second',
      relative: false,
      source: 'play-minute',
      unresolved: 'a minute of a match: its kick-off is not given',
    });
  },
};
