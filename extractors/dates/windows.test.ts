import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse } from '../../document/analyse/index.js';
import { contextOf } from './context.js';
import { parseAll } from './index.js';
import { PUBLISHED, ready, ungated } from './testing.js';
import { anchorWindows, maxTokens } from './windows.js';

beforeAll(ready);

/** Words of dates and what stands around them, for random sentences in property tests. */
const DATE_WORDS: readonly string[] = [
  'в',
  'с',
  'по',
  'до',
  'и',
  'за',
  'на',
  'около',
  'не',
  'более',
  'течение',
  'последних',
  'последние',
  'начале',
  'конце',
  'прошлого',
  'этом',
  'том',
  'же',
  'тот',
  'день',
  'году',
  'года',
  'годах',
  'лет',
  'г.',
  '2025',
  '2019',
  '2025г.',
  '1990-х',
  '26',
  '27',
  '-',
  '–',
  ',',
  '.',
  'ноября',
  'мая',
  'декабрь',
  'два',
  'двадцать',
  'пять',
  'пятилетний',
  '5-летний',
  'с половиной',
  'часа',
  'минут',
  'месяц',
  'сутки',
  'ровно',
  'неделю',
  'понедельник',
  'прошлый',
  'вчера',
  'время',
  'человек',
  'рублей',
  'сообщил',
  'министр',
];

/** The windows of a one-sentence text around its four-digit numbers, as the text each covers. */
function yearWindows(text: string, before: number, after: number): string[] {
  const doc = analyse(text, {});
  const sentence = doc.sentences[0]!;
  const anchors = doc.tokens.filter((t) => /^\d{4}$/.test(t.norm)).map((t) => t.i);
  const w = anchorWindows(doc, sentence, anchors, { before, after });
  const out: string[] = [];
  for (let i = 0; i < w.length; i += 2) out.push(doc.text.slice(w[i], w[i + 1]));
  return out;
}

describe('anchor windows', () => {
  test('one window around each anchor, reaching its tokens before and after', () => {
    const text =
      'По данным ведомства, в 2025 году число обращений граждан выросло почти вдвое, и это больше, чем в 2019 году, сообщили в пресс-службе.';
    // "году" runs on through its comma to the next blank
    expect(yearWindows(text, 1, 1)).toEqual(['в 2025 году', 'в 2019 году,']);
  });

  test('windows with at most two tokens between them are read as one', () => {
    expect(yearWindows('Рост в 2019 году и в 2020 остался прежним.', 1, 0)).toEqual(['в 2019 году и в 2020']);
    expect(yearWindows('Рост в 2019 году, а в 2020 остался прежним.', 1, 0)).toEqual(['в 2019', 'в 2020']);
  });

  test('windows that touch are merged', () => {
    expect(yearWindows('Ещё в 2019 и в 2020 годах об этом говорили все эксперты отрасли.', 1, 1)).toEqual([
      'в 2019 и в 2020 годах',
    ]);
  });

  test('a window ends at a blank, never inside "2025г." or before its full stop', () => {
    expect(yearWindows('Это было в 2025г.', 1, 0)).toEqual(['в 2025г.']);
    // "год" is the token after; ",опубликованный" runs on to the next blank
    expect(yearWindows('Отчёт за 2025 год,опубликованный вчера,вызвал споры.', 1, 1)).toEqual([
      'за 2025 год,опубликованный',
    ]);
    expect(yearWindows('Отчёт за 2025 год,опубликованный,вчера,вызвал споры.', 1, 1)).toEqual([
      'за 2025 год,опубликованный,вчера,вызвал',
    ]);
    expect(yearWindows('Отчёт за 2025 год опубликован.', 1, 0)).toEqual(['за 2025']);
  });

  test('no anchor, no window', () => {
    expect(yearWindows('Сумма составила 15 млн тенге.', 2, 2)).toEqual([]);
  });

  test('maxTokens counts words and the marks between them', () => {
    expect(maxTokens(['в течение последних', 'около', 'где-то'])).toBe(3);
    expect(maxTokens([])).toBe(0);
  });
});

describe('parsing within windows', () => {
  test('finds what every parser finds over every whole sentence (random sentences of date words)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DATE_WORDS), { minLength: 1, maxLength: 40 }), (ws) => {
        const doc = analyse(ws.join(' '), { published: PUBLISHED, tzOffsetMinutes: 300 });
        const found = parseAll(contextOf(doc))
          .map((c) => `${c.source} ${c.start}-${c.end}`)
          .sort();
        expect(found).toEqual(ungated(doc));
      }),
      { numRuns: Number(process.env['DATES_PROPERTY_RUNS'] ?? 400) },
    );
  });
});
