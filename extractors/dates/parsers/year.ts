// Years: "в 2025 году", "2025 год", "с 2013 года", "2001г", "в начале 2017 года", "до конца 2025 года", and a bare
// year only where the context says it is one ("(1994)", "ЧМ-2018", "в 2014.").
import { L, PART, pattern, WORD_CHAR, YEAR_ANCHORS, YEAR_NUM, YEAR_WORD, YEARS_WORD } from '../patterns.js';
import type { Parser } from '../types.js';
import {
  PREP,
  countedNounAfter,
  tokenBefore,
  lastDayOf,
  partOf,
  spanOfMatch,
  untilValue,
  byTheEnd,
  yearPartValue,
} from './shared.js';
import { cand } from '../candidate.js';

export const yearWordParser: Parser = {
  name: 'year-word',
  anchors: YEAR_ANCHORS,
  // "в начале | 2025 | года"
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(?:(${PART}) +)?(${YEAR_NUM})(?:-?(?:м|го|й|ом))? *(${YEAR_WORD}|${YEARS_WORD})`,
  ),
  build(m) {
    const [, prep, partWord, yearStr] = m;
    const y = Number(yearStr);
    const part = partOf(partWord);
    const base = cand(spanOfMatch(m), {
      kind: 'date',
      grain: 'year',
      relative: false,
      source: 'year-word',
    });
    if (part === undefined) return cand(base, { parts: { y } });
    if (byTheEnd(prep, part))
      return cand(base, { kind: 'range', grain: 'day', value: untilValue(lastDayOf(y, 12)) });
    return cand(base, { grain: 'month', value: yearPartValue(y, part) });
  },
};

/** Nouns a bare number after which is a count or an identifier, not a year ("номер 2017", "рейс 1990"). */
const COUNT_NOUNS = new Set([
  'номер',
  'тираж',
  'код',
  'артикул',
  'рейс',
  'дом',
  'квартира',
  'страница',
  'пункт',
  'статья',
  'закон',
  'приказ',
  'указ',
  'постановление',
  'число',
  'итог',
  'сумма',
  'счёт',
  'счет',
  'отметка',
  'высота',
  'глубина',
  'рост',
  'модель',
  'версия',
  'маршрут',
  'автобус',
  'поезд',
  'позиция',
  'место',
  'размер',
  'индекс',
  'телефон',
  'год',
]);

/** A string without the spaces (only U+0020, as the patterns' " *") it ends with. */
function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(0, end);
}

const BARE_PREP = '(?:в|во|с|со|до|к|ко|по|от|после|перед|за)';

export const bareYearParser: Parser = {
  name: 'bare-year',
  anchors: YEAR_ANCHORS,
  // "в | 2014", and its lookahead reads the year word after it ("2014 | года" is year-word's)
  pattern: pattern(
    // a year with a year word after it is year-word's (which keeps every match): not built twice
    `(?:${L}(${BARE_PREP}) +)?(?<![0-9.,:/№])(${YEAR_NUM})(?!${WORD_CHAR}|[.,:/]\\d|[-–]\\d|(?:-?(?:м|го|й|ом))? *(?:${YEAR_WORD}|${YEARS_WORD}))`,
  ),
  build(m, ctx) {
    const [, prep, yearStr] = m;
    const y = Number(yearStr);
    const { start, end } = spanOfMatch(m);
    const base = cand(
      { start, end },
      { kind: 'date', grain: 'year', relative: false, source: 'bare-year', parts: { y } },
    );
    const lower = ctx.doc.lower;
    const yStart = end - yearStr!.length;
    if (prep !== undefined) {
      if (y < 1000 || y > 2100 || countedNounAfter(ctx, end)) return null;
      const after = lower.slice(end, end + 3);
      if (/^ *[%$€₽₸]/.test(after)) return null;
      return base;
    }
    if (y < 1800 || y > 2100) return null;
    // the tests below look at the end of `before`: on its trimmed end and last characters, since a
    // regex anchored only at the end ("…$") is tried from every position of the string
    const before = lower.slice(Math.max(0, yStart - 60), yStart);
    const trimmed = trimSpaces(before);
    const last = trimmed[trimmed.length - 1] ?? '';
    const after = lower.slice(end, end + 3);
    // attached to a name by a hyphen: "ЧМ-2018", "Евро-2020", "Сочи-2014"
    if (before.endsWith('-') && /\p{L}/u.test(before[before.length - 2] ?? ''))
      return cand(base, { start: yStart });
    // inside parentheses, alone or in a list: "(1994)", "(2002, 2004)", "(1903 — физика"
    const open = before.lastIndexOf('(');
    if (
      open >= 0 &&
      before.indexOf(')', open) < 0 &&
      !before.slice(open).includes('\n') &&
      /^ *[),;–]/.test(after)
    ) {
      if (/^\( *$/.test(before.slice(open)) || last === ',' || last === ';' || last === '–')
        return cand(base, { start: yStart });
    }
    // a list of years: "в 2003, 2004 и 2005 годах", "(в 1958, 1962 и 1970 годах)"
    if (
      /^(?: *, *\d{4})*(?: *,? *(?:и|или) +\d{4}) *(?:годах|годы|годов|гг)/u.test(lower.slice(end, end + 40))
    )
      return cand(base, { start: yStart });
    const afterComma = last === ',' ? trimSpaces(trimmed.slice(0, -1)) : '';
    if (/^\d{4}$/.test(afterComma.slice(-4)) && /^ *(?:,|и |или )/.test(after + ' '))
      return cand(base, { start: yStart });
    // "(р. 1993)": born in
    if (trimmed.endsWith('р.') && !/\p{L}/u.test(trimmed[trimmed.length - 3] ?? ''))
      return cand(base, { start: yStart });
    // an event and its year: "Кубке конфедераций 2017", "чемпионате мира 2003", "Гран-при 2013"
    const prev = tokenBefore(ctx, yStart);
    if (prev && prev.kind === 'word' && !countedNounAfter(ctx, end) && !/^ *[%$€₽₸]/.test(after)) {
      const r = prev.morph[0];
      if (
        r &&
        r.pos === 'NOUN' &&
        !COUNT_NOUNS.has(r.lemma) &&
        !prev.morph.some((p) => p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'VERB')
      ) {
        return cand(base, { start: yStart });
      }
    }
    // a caption's trailing year: "…на Филиппинах, 2017 г." is taken by year-word; ", 2017\n" here
    if (last === ',' && /^(?:\n|$)/.test(after) && !/\d$/.test(afterComma.slice(-1)))
      return cand(base, { start: yStart });
    return null;
  },
};
