import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('day and month name', () => {
  test('a full date with "года"', () => {
    expect(
      datesIn('Депутаты на заседании Мажилиса 26 ноября 2025 года предложили пересмотреть механизм.'),
    ).toEqual([['26 ноября 2025 года', '2025-11-26', 'date']]);
  });
  test('"г." stays outside the span', () => {
    expect(datesIn('Закон подписан 3 января 2024 г. президентом.')).toEqual([
      ['3 января 2024 г', '2024-01-03', 'date'],
    ]);
  });
  test('a year-less date before publication takes the publication year', () => {
    expect(first('Выборы прошли 12 октября в Семее.')).toMatchObject({
      value: '2025-10-12',
      relative: true,
      grain: 'day',
    });
  });
  test('a year-less date in a past-tense sentence reads backwards', () => {
    expect(first('Соглашение было подписано 1 декабря в Астане.')?.value).toBe('2024-12-01');
  });
  test('a year-less date in a future sentence reads forwards', () => {
    expect(first('Заседание состоится 1 декабря в Астане.')?.value).toBe('2025-12-01');
  });
  test('a day span in one month is a range', () => {
    expect(datesIn('Форум пройдет 26-27 ноября 2025 года в Алматы.')).toEqual([
      ['26-27 ноября 2025 года', '2025-11-26/2025-11-27', 'range'],
    ]);
  });
  test('"с 1 по 5 декабря" is a range', () => {
    expect(datesIn('Выставка будет работать с 1 по 5 декабря.')).toEqual([
      ['с 1 по 5 декабря', '2025-12-01/2025-12-05', 'range'],
    ]);
  });
  test('"прошлого года" after a date', () => {
    expect(first('Инцидент произошёл 12 марта прошлого года.')?.value).toBe('2024-03-12');
  });
  test('a year-less date without a publication date has no value and a warning', () => {
    const d = first('Выборы прошли 12 октября в Семее.', null);
    expect(d?.text).toBe('12 октября');
    expect(d).not.toHaveProperty('value');
  });
});

describe('a day in words', () => {
  test.each([
    ['Второго мая в Москве прошёл парад.', 'Второго мая', '2025-05-02'],
    ['Первое сентября 2025 года стало праздником для школьников.', 'Первое сентября 2025 года', '2025-09-01'],
    ['Тридцать первого декабря все отдыхают.', 'Тридцать первого декабря', '2025-12-31'],
    [
      'Указ вступил в силу двадцать третьего октября прошлого года.',
      'двадцать третьего октября прошлого года',
      '2024-10-23',
    ],
  ])('%s', (sentence, text, value) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, grain: 'day' }));
  });
  test('"тридцать второго" is no day: the month alone is left', () => {
    expect(first('Тридцать второго мая ничего не было.')?.text).toBe('мая');
  });
});

describe('abbreviated months and ordinal days with a year', () => {
  test('"12 сент. 2024": the year after the dot is the date\'s', () => {
    expect(first('Договор о поставках был подписан 12 сент. 2024 года в Алматы.')).toMatchObject({
      text: '12 сент. 2024 года',
      value: '2024-09-12',
      relative: false,
    });
    expect(first('Договор был подписан 12 сент. 2024.')?.value).toBe('2024-09-12');
  });
  test('"1-го января 2026": the day stays', () => {
    expect(first('Новые тарифы вступят в силу с 1-го января 2026 года.')?.value).toBe('2026-01-01');
    expect(first('Закон вступит в силу 1-го января 2026.')).toMatchObject({
      text: '1-го января 2026',
      value: '2026-01-01',
    });
  });
});
