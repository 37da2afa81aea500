import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

// published on Wednesday 26 November 2025 at 12:00 (+05:00)
describe('a time without its day', () => {
  test('"в 15:00" alone falls on the publication day', () => {
    expect(first('Брифинг министра здравоохранения начнётся в 15:00.')).toMatchObject({
      kind: 'time',
      value: '2025-11-26T15:00+05:00',
      relative: true,
    });
  });
  test('a day beside the time makes one item', () => {
    expect(first('Встреча состоится 26 ноября в 15:00 в здании акимата.')).toMatchObject({
      text: '26 ноября в 15:00',
      value: '2025-11-26T15:00+05:00',
    });
  });
  test('a day named elsewhere in the sentence gives the time its date', () => {
    expect(datesIn('28 ноября президент выступит перед депутатами Мажилиса в 15:00.')).toEqual([
      ['28 ноября', '2025-11-28', 'date'],
      ['в 15:00', '2025-11-28T15:00+05:00', 'time'],
    ]);
  });
  test('"в 7 утра" and "около полуночи"', () => {
    expect(first('Пожар на складе начался в 7 утра.')?.value).toBe('2025-11-26T07:00+05:00');
    expect(first('Около полуночи в дежурную часть поступил звонок.')?.value).toBe('2025-11-26T00:00+05:00');
  });
  test('a past sentence with a time after publication is the day before', () => {
    expect(first('Землетрясение магнитудой 4,5 произошло в 22:15.')?.value).toBe('2025-11-25T22:15+05:00');
  });
  test('a future sentence with a time already gone is the day after', () => {
    expect(first('Рейс вылетит в 6:30 утра.')?.value).toBe('2025-11-27T06:30+05:00');
  });
  test('a range of clock times lies on one day, or runs past midnight', () => {
    expect(first('Приём граждан пройдёт с 14:00 до 17:00.')?.value).toBe(
      '2025-11-26T14:00+05:00/2025-11-26T17:00+05:00',
    );
    expect(first('Движение перекроют с 23:00 до 6:00.')?.value).toBe(
      '2025-11-26T23:00+05:00/2025-11-27T06:00+05:00',
    );
  });
  test('no publication date: the time keeps no day', () => {
    expect(first('Брифинг начнётся в 15:00.', null)?.value).toBe('T15:00');
  });
});

describe('parts of the day', () => {
  test('"в пятницу вечером": the evening of the coming or the last Friday, by tense', () => {
    expect(first('Матч сборной Казахстана состоится в пятницу вечером.')).toMatchObject({
      text: 'в пятницу вечером',
      kind: 'time',
      value: '2025-11-28T18:00+05:00/2025-11-29T00:00+05:00',
    });
    expect(first('В пятницу вечером премьер-министр заявил об отставке.')?.value).toBe(
      '2025-11-21T18:00+05:00/2025-11-22T00:00+05:00',
    );
  });
  test('"утром" alone is the morning of the publication day', () => {
    expect(first('Утром в больнице Лондона у пары родился сын.')).toMatchObject({
      text: 'Утром',
      kind: 'time',
      value: '2025-11-26T06:00+05:00/2025-11-26T12:00+05:00',
      relative: true,
    });
  });
  test('a part before a date: "утром 4 марта 2019 года"', () => {
    expect(first('Тело музыканта нашли утром 4 марта 2019 года.')).toMatchObject({
      text: 'утром 4 марта 2019 года',
      value: '2019-03-04T06:00+05:00/2019-03-04T12:00+05:00',
      relative: false,
    });
  });
  test('"ночью" is the night into its day; "в обед"', () => {
    expect(first('Ночью 2 апреля 2020 года полицейские задержали двоих.')?.value).toBe(
      '2020-04-02T00:00+05:00/2020-04-02T06:00+05:00',
    );
    expect(first('Магазины будут закрыты в обед.')?.value).toBe(
      '2025-11-26T12:00+05:00/2025-11-26T14:00+05:00',
    );
  });
  test('"вчера днём"; a clock time after a part of the day wins', () => {
    expect(first('Вчера днём самолёт приземлился в Астане.')?.value).toBe(
      '2025-11-25T12:00+05:00/2025-11-25T18:00+05:00',
    );
    expect(first('Накануне вечером в 20:34 в гипермаркете произошёл пожар.')).toMatchObject({
      text: 'Накануне вечером в 20:34',
      value: '2025-11-25T20:34+05:00',
    });
    expect(first('Мэр убит 22 августа 2025 года, утром, около 07:30.')?.value).toBe('2025-08-22T07:30+05:00');
  });
  test('"днём рождения", "чёрным днём" are no time of day', () => {
    expect(datesIn('Путин поздравил его с днём рождения.')).toEqual([]);
    expect(datesIn('Он назвал принятие закона чёрным днём для страны.')).toEqual([]);
  });
});
