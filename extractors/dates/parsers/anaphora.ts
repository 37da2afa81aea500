// Dates that point back at one the text gave before: "в тот же день", "на следующий день", "в этот день",
// "в том же году", "годом ранее", "годом позже". A refiner resolves them against the nearest earlier date.
import { COUNT, L, R, UNIT, countValue, pattern, unitKey } from '../patterns.js';
import { shiftBy } from './agoLater.js';
import type { Parser } from '../types.js';
import { spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';

const DAY_SHIFT: Readonly<Record<string, number>> = {
  тот: 0,
  'тот же': 0,
  этот: 0,
  'этот же': 0,
  'тот самый': 0,
  следующий: 1,
  'на следующий': 1,
  предыдущий: -1,
  накануне: -1,
};

export const anaphoraParser: Parser = {
  name: 'anaphora',
  anchors: { words: ['тот', 'этот', 'следующий', 'предыдущий', 'том', 'этом', 'годом', 'месяцем', 'днем'] },
  // "в | тот | самый | день", "годом | ранее"
  pattern: pattern(
    `${L}(?:(?:в|на|к) +(тот +же|этот +же|тот +самый|тот|этот|следующий|предыдущий) +(день)|в +(том|этом) +же +(году|месяце)|(годом|месяцем|днем) +(ранее|раньше|позже|позднее|спустя))${R}`,
  ),
  build(m) {
    const [, dayWord, , yearWord, yearUnit, shiftUnit, shiftDir] = m;
    const base = cand(spanOfMatch(m), {
      kind: 'date',
      relative: false,
      source: 'anaphora',
      priority: 1,
    });
    if (dayWord !== undefined) {
      const shift = DAY_SHIFT[dayWord.replace(/ +/g, ' ')] ?? 0;
      return cand(base, { grain: 'day', anaphora: { unit: 'day', shift } });
    }
    if (yearWord !== undefined) {
      const unit = yearUnit === 'году' ? 'year' : 'month';
      return cand(base, { grain: unit, anaphora: { unit, shift: 0 } });
    }
    const unit = shiftUnit === 'годом' ? 'year' : shiftUnit === 'месяцем' ? 'month' : 'day';
    const shift = shiftDir === 'ранее' || shiftDir === 'раньше' ? -1 : 1;
    return cand(base, { grain: unit, anaphora: { unit, shift } });
  },
};

/** "за год до этого", "за две недели до того": a point that far before the date the text gave last. */
export const beforeThatParser: Parser = {
  name: 'before-that',
  anchors: { words: ['этого', 'того'] },
  pattern: pattern(`${L}за +(?:(${COUNT}) +)?(пол)?(${UNIT}) +до +(?:этого|того)${R}(?! *,? *(?:как|чтобы))`),
  build(m) {
    const [, count, half, unitWord] = m;
    const key = unitKey(unitWord!);
    const n = half ? 0.5 : count === undefined ? 1 : countValue(count);
    const shift = key === undefined || n === null ? null : shiftBy(key, n);
    if (!shift) return null;
    return cand(spanOfMatch(m), {
      kind: 'date',
      grain: shift.unit,
      relative: false,
      source: 'anaphora',
      anaphora: { unit: shift.unit, shift: -shift.shift },
    });
  },
};
