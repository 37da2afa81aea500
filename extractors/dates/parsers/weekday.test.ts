import { beforeAll, describe, expect, test } from '@jest/globals';
import * as chrono from 'chrono-node';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

// published on Wednesday 26 November 2025
describe('days named from the publication day', () => {
  test('"вчера"', () => {
    expect(first('Вчера в Астане прошло заседание.')).toMatchObject({ value: '2025-11-25', relative: true });
  });
  test('"позавчера" and "завтра"', () => {
    expect(first('Позавчера он вернулся.')?.value).toBe('2025-11-24');
    expect(first('Завтра начнётся сессия.')?.value).toBe('2025-11-27');
  });
  test('"сегодня утром" is the morning of the publication day', () => {
    expect(first('Сегодня утром он заявил об отставке.')).toMatchObject({
      text: 'Сегодня утром',
      kind: 'time',
      value: '2025-11-26T06:00+05:00/2025-11-26T12:00+05:00',
    });
  });
});

describe('weekdays', () => {
  test('a bare weekday is past-biased', () => {
    expect(first('Президент выступил в понедельник.')?.value).toBe('2025-11-24');
  });
  test('a bare weekday in a future sentence reads forwards', () => {
    expect(first('Заседание состоится в пятницу.')?.value).toBe('2025-11-28');
  });
  test('the tense decides: "в пятницу состоится" is the coming Friday, "в пятницу заявил" the last', () => {
    expect(first('В пятницу состоится заседание маслихата.')?.value).toBe('2025-11-28');
    expect(first('В пятницу аким заявил об отставке.')?.value).toBe('2025-11-21');
  });
  test('when nothing decides, a weekday is the last one', () => {
    expect(first('Финал — в четверг.')?.value).toBe('2025-11-20');
  });
  test('"во вторник", with its preposition', () => {
    expect(first('Во вторник парламент принял закон.')).toMatchObject({
      text: 'Во вторник',
      value: '2025-11-25',
    });
  });
  test('"в минувшую пятницу" and "в прошлую среду" are the latest ones before the publication day', () => {
    expect(first('В минувшую пятницу суд вынес решение.')).toMatchObject({
      text: 'В минувшую пятницу',
      value: '2025-11-21',
    });
    expect(first('В прошлую среду он уехал.')?.value).toBe('2025-11-19');
  });
  test('"в следующий вторник" is the Tuesday of next week', () => {
    expect(first('В следующий вторник будет суд.')?.value).toBe('2025-12-02');
  });
  test('"в ближайшую субботу" is the next one', () => {
    expect(first('В ближайшую субботу пройдёт субботник.')?.value).toBe('2025-11-29');
  });
  test('a weekday in parentheses or after a comma', () => {
    expect(first('Он приехал (в четверг) в Москву.')?.value).toBe('2025-11-20');
    expect(first('Совещание, в пятницу, перенесли.')?.value).toBe('2025-11-21');
  });
  test('"до вторника", "со среды", "к пятнице"', () => {
    expect(first('До вторника ничего не изменится.')).toMatchObject({
      text: 'До вторника',
      value: '2025-12-02',
    });
    expect(first('Со среды цены вырастут.')).toMatchObject({ text: 'Со среды', value: '2025-11-26' });
    expect(first('К пятнице работы закончат.')?.value).toBe('2025-11-28');
  });
  test('a weekday and its date make one item', () => {
    expect(datesIn('В воскресенье, 11 июня 2017 года, прошла акция.')).toEqual([
      ['В воскресенье, 11 июня 2017 года', '2017-06-11', 'date'],
    ]);
  });
  test('"окружающей среды" and "в молодёжной среде" are not Wednesday', () => {
    expect(datesIn('Агентство по охране окружающей среды выпустило доклад.')).toEqual([]);
    expect(datesIn('В молодёжной среде это популярно.')).toEqual([]);
    expect(datesIn('Среда обитания меняется.')).toEqual([]);
  });
});

describe('the same days as chrono-node reads them', () => {
  // chrono-node's Russian casual-date and weekday parsers gave these readings before our own
  // patterns replaced them (parsers/weekday.ts): they still agree, for every day of a week
  const ruChrono = chrono.ru.casual;
  const days = ['24', '25', '26', '27', '28', '29', '30'].map((d) => `2025-11-${d}T12:00:00+05:00`);
  // chrono's modifiers agree with masculine and feminine weekdays ("прошлое воскресенье" it does not read)
  const weekdays = [
    ['прошлый', 'следующий', 'понедельник'],
    ['прошлый', 'следующий', 'вторник'],
    ['прошлую', 'следующую', 'среду'],
    ['прошлый', 'следующий', 'четверг'],
    ['прошлую', 'следующую', 'пятницу'],
    ['прошлую', 'следующую', 'субботу'],
  ];
  const phrases = [
    ...['сегодня', 'вчера', 'позавчера', 'завтра', 'послезавтра'],
    ...weekdays.flatMap(([last, next, day]) => [`в ${last} ${day}`, `в ${next} ${day}`]),
  ];

  test.each(days)('published %s', (published) => {
    for (const phrase of phrases) {
      const r = ruChrono.parse(phrase, { instant: new Date(published), timezone: 300 })[0];
      expect(r).toBeDefined();
      const want = [r!.start.get('year'), r!.start.get('month'), r!.start.get('day')]
        .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
        .join('-');
      expect([phrase, first(phrase, published)?.value]).toEqual([phrase, want]);
    }
  });
});
