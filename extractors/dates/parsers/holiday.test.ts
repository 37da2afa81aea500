import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse } from '../../../document/analyse/index.js';
import { extractDates } from '../index.js';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

/** The first item of a text published on 26 November 2025 by an outlet at this address. */
function at(text: string, url: string): ReturnType<typeof first> {
  return extractDates(analyse(text, { published: '2025-11-26T12:00:00+05:00', url, tzOffsetMinutes: null }))
    .items[0];
}

describe('holidays (published 26 November 2025, a Kazakh outlet)', () => {
  test.each([
    [
      'В новогодние праздники казахстанцы будут отдыхать два дня.',
      'В новогодние праздники',
      '2026-01-01/2026-01-02',
      'range',
    ],
    ['На Наурыз в Астане пройдут концерты.', 'На Наурыз', '2026-03-21/2026-03-23', 'range'],
    ['Ремонт школ завершат к 1 сентября.', 'к 1 сентября', '2026-09-01', 'date'],
    ['Акимат поздравит женщин с 8 Марта.', 'с 8 Марта', '2026-03-08', 'date'],
    ['Сенат рассмотрит договор до Нового года.', 'до Нового года', '2026-01-01', 'date'],
    ['Папа Римский в Рождество призвал быть милосерднее к мигрантам.', 'в Рождество', '2025-01-07', 'date'],
    ['Католическое Рождество отмечают 25 декабря.', 'Католическое Рождество', '2025-12-25', 'date'],
    ['Парад прошёл в День Победы.', 'в День Победы', '2025-05-09', 'date'],
    ['В День Независимости Президент вручит награды.', 'В День Независимости', '2025-12-16', 'date'],
    ['День России отметили концертом на Красной площади.', 'День России', '2025-06-12', 'date'],
  ])('%s', (sentence, text, value, kind) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, kind, relative: true }));
  });

  test('a country named after the holiday picks its day', () => {
    expect(first('В День независимости Украины в Киеве прошёл парад.')?.value).toBe('2025-08-24');
  });

  test("the outlet's country where the day differs: new year holidays on a .ru site", () => {
    const item = at('В новогодние праздники россияне будут отдыхать восемь дней.', 'https://ria.ru/news/1');
    expect(item?.value).toBe('2026-01-01/2026-01-08');
  });

  test('"в новом году" is the coming year, not the holiday', () => {
    expect(datesIn('В новом году цены на бензин вырастут.')).toEqual([]);
  });
});
