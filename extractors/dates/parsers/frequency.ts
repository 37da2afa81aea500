// Recurrence: "ежегодно", "каждый год", "каждые три года", "370 тысяч тонн в год" -> ISO 8601 repeating
// interval "R/P1Y" (kind duration: the period that repeats).
import { formatDuration } from '../format.js';
import { AMOUNT_WORD, UNITS } from '../constants.js';
import { COUNT, L, R, UNIT, countValue, pattern, unitKey } from '../patterns.js';
import type { Parser } from '../types.js';
import { spanOfMatch, tokenBefore, wordAfter } from './shared.js';
import { cand } from '../candidate.js';

const EVERY: Readonly<Record<string, string>> = {
  ежегодно: 'year',
  ежемесячно: 'month',
  еженедельно: 'week',
  ежедневно: 'day',
  ежечасно: 'hour',
  ежеминутно: 'minute',
  ежесекундно: 'second',
};
const PER_WORDS = ['год', 'месяц', 'неделю', 'день', 'сутки', 'час', 'минуту', 'секунду'];
const PER = `(?:${PER_WORDS.join('|')})`;
const EACH = ['каждый', 'каждую', 'каждое', 'каждые', 'каждых'];

export const frequencyParser: Parser = {
  name: 'frequency',
  anchors: { words: [...Object.keys(EVERY), ...EACH, ...PER_WORDS], lemmas: ['каждый'] },
  pattern: pattern(
    `${L}(?:(ежегодно|ежемесячно|еженедельно|ежедневно|ежечасно|ежеминутно|ежесекундно)|(?:${EACH.join('|')}) +(?:(${COUNT}) +)?(${UNIT})|в +(${PER}))${R}`,
  ),
  build(m, ctx) {
    const [, adverb, countStr, unitWord, perWord] = m;
    const span = spanOfMatch(m);
    let key: string | undefined;
    let n = 1;
    if (adverb !== undefined) key = EVERY[adverb];
    else if (unitWord !== undefined) {
      key = unitKey(unitWord);
      if (countStr !== undefined) {
        const v = countValue(countStr);
        if (v === null || Number.isNaN(v)) return null;
        n = v;
      }
    } else {
      // "в год" is a rate only after an amount ("370 тысяч тонн в год", "дважды в год"), not "в день выборов"
      key = unitKey(perWord!);
      const next = wordAfter(ctx, span.end);
      if (
        next?.tok &&
        next.tok.morph.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent')
      )
        return null;
      const prev = tokenBefore(ctx, span.start);
      if (!prev) return null;
      const r = prev.morph[0];
      const amount =
        prev.kind === 'num' ||
        /^(?:раз|раза|дважды|трижды|четырежды|процентов|%)$/.test(prev.norm) ||
        AMOUNT_WORD.test(prev.norm) ||
        (r?.pos === 'NOUN' && r.case === 'gent');
      if (!amount) return null;
    }
    if (key === undefined) return null;
    const u = UNITS[key]!;
    return cand(span, {
      kind: 'duration',
      grain: u.grain,
      relative: false,
      source: 'frequency',
      value: `R/${formatDuration([{ amount: n * u.factor, unit: u.iso, time: u.time }])}`,
    });
  },
};
