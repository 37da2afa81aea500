import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('times of day', () => {
  test('"в 15:00" alone is a time with the outlet offset', () => {
    expect(first('Брифинг начнётся в 15:00.')).toMatchObject({
      kind: 'time',
      value: '2025-11-26T15:00+05:00',
      grain: 'minute',
    });
  });
  test('"в 10 часов утра"', () => {
    expect(first('Заседание открылось в 10 часов утра.')).toMatchObject({
      value: '2025-11-26T10:00+05:00',
      grain: 'hour',
    });
  });
  test('"в три часа ночи"', () => {
    expect(first('Он часто был на производстве в три часа ночи.')?.value).toBe('2025-11-26T03:00+05:00');
  });
  test('a day with a time is a date at minute grain', () => {
    expect(first('Встреча состоится 26 ноября в 15:00.')).toMatchObject({
      kind: 'date',
      value: '2025-11-26T15:00+05:00',
      grain: 'minute',
      text: '26 ноября в 15:00',
    });
  });
  test('a decimal is not a time', () => {
    expect(first('Инфляция составила 12.30 процента.')).toBeUndefined();
  });
});

describe('noon and shifts by the hour', () => {
  test('"в полдень"', () => {
    expect(first('Заседание начнётся в полдень.')).toMatchObject({
      kind: 'time',
      value: '2025-11-26T12:00+05:00',
    });
  });
  test('"около полуночи" and "незадолго до полудня", with no other date word in the text', () => {
    expect(first('Около полуночи ей позвонили.')).toMatchObject({
      text: 'Около полуночи',
      value: '2025-11-26T00:00+05:00',
    });
    expect(first('Незадолго до полудня прогремел взрыв.')).toMatchObject({
      text: 'до полудня',
      value: '2025-11-26T12:00+05:00',
    });
  });
  test('"3 дня подряд" counts days; "в 3 дня" is a time', () => {
    expect(first('Он говорил 3 дня подряд.')).toMatchObject({ kind: 'duration', value: 'P3D' });
    // published at noon: a meeting that has begun at 15:00 began the day before
    expect(first('Встреча началась в 3 дня.')).toMatchObject({
      kind: 'time',
      value: '2025-11-25T15:00+05:00',
    });
  });
  test('"по три часа" is so many hours each, not a time', () => {
    expect(first('Заседания шли по три часа.')?.kind).not.toBe('time');
  });
  test('"через 2 часа" from the publication time', () => {
    expect(first('Через 2 часа начнётся матч.')).toMatchObject({
      value: '2025-11-26T14:00+05:00',
      grain: 'hour',
    });
  });
});

describe('ranges of clock times', () => {
  test('"с 8:00 до 20:00 по местному времени"', () => {
    expect(first('Голосование продлится с 8:00 до 20:00 по местному времени.')).toEqual(
      expect.objectContaining({ kind: 'range', value: '2025-11-26T08:00+05:00/2025-11-26T20:00+05:00' }),
    );
  });
  test('"с 9 утра до 6 вечера"', () => {
    expect(first('Магазин работает с 9 утра до 6 вечера.')?.value).toBe(
      '2025-11-26T09:00+05:00/2025-11-26T18:00+05:00',
    );
  });
  test('a day, then a range of its hours: the end falls on the same day', () => {
    expect(first('26 ноября с 10:00 до 12:00 пройдёт приём граждан.')).toEqual(
      expect.objectContaining({
        text: '26 ноября с 10:00 до 12:00',
        value: '2025-11-26T10:00+05:00/2025-11-26T12:00+05:00',
      }),
    );
  });
  test('"13:00–14:00"', () => {
    expect(first('Перерыв 13:00–14:00.')?.value).toBe('2025-11-26T13:00+05:00/2025-11-26T14:00+05:00');
  });
});

describe('a zone named after the time', () => {
  test('"по московскому времени" is +03:00 whatever the outlet', () => {
    expect(first('Брифинг начнётся в 15:00 по московскому времени.')?.value).toBe('2025-11-26T15:00+03:00');
  });
  test('"мск" too, and with a day before it', () => {
    expect(first('26 ноября в 17:00 мск пройдёт брифинг.')?.value).toBe('2025-11-26T17:00+03:00');
  });
  test('"по местному времени" is the outlet\'s', () => {
    expect(first('Около 15:00 по местному времени произошло землетрясение.')?.value).toBe(
      '2025-11-25T15:00+05:00',
    );
  });
});

test('a zone after the second time of a range holds for both', () => {
  expect(first('Приём пройдёт с 11:00 до 17:00 МСК.')?.value).toBe(
    '2025-11-26T11:00+03:00/2025-11-26T17:00+03:00',
  );
  expect(first('26 ноября с 10:00 до 12:00 мск пройдёт приём.')?.value).toBe(
    '2025-11-26T10:00+03:00/2025-11-26T12:00+03:00',
  );
});

describe('zones named after a time (data/zones.ts)', () => {
  test('"по времени Астаны", "по московскому времени"', () => {
    expect(first('Церемония инаугурации начнётся в 15:00 по времени Астаны.')).toMatchObject({
      text: 'в 15:00 по времени Астаны',
      value: '2025-11-26T15:00+05:00',
    });
    expect(first('Матч «Кайрата» с «Реалом» начнётся в 19:00 по московскому времени.')?.value).toBe(
      '2025-11-26T19:00+03:00',
    );
  });
  test('"мск", "по Гринвичу", "(мск)"', () => {
    expect(first('Прямой эфир начнётся в 19:00 мск.')?.value).toBe('2025-11-26T19:00+03:00');
    expect(first('Пик затмения придётся на 16:00 по Гринвичу.')).toMatchObject({
      text: '16:00 по Гринвичу',
      value: '2025-11-26T16:00+00:00',
    });
    expect(first('Трансляция начнётся в 21:00 (мск).')?.value).toBe('2025-11-26T21:00+03:00');
  });
  test('"UTC+5", "CET", "мск+2"', () => {
    expect(first('Запуск ракеты запланирован на 14:00 UTC+5.')?.value).toBe('2025-11-26T14:00+05:00');
    expect(first('Саммит ЕС откроется в 14:00 CET.')?.value).toBe('2025-11-26T14:00+01:00');
    expect(first('В 20:00 мск+2 начнётся голосование в Екатеринбурге.')?.value).toBe(
      '2025-11-26T20:00+05:00',
    );
  });
  test('a zone with summer time takes the offset of the publication day', () => {
    expect(first('Встреча пройдёт 28 ноября в 15:00 по киевскому времени.')?.value).toBe(
      '2025-11-28T15:00+02:00',
    );
    expect(
      first('Встреча пройдёт 3 июля в 15:00 по киевскому времени.', '2025-07-01T12:00:00+05:00')?.value,
    ).toBe('2025-07-03T15:00+03:00');
  });
  test('the publication clock is read in the named zone', () => {
    // 11:00 in New York is 21:00 in Astana: still ahead on the publication day
    expect(first('Пресс-конференция пройдёт в 11:00 по времени Нью-Йорка.')?.value).toBe(
      '2025-11-26T11:00-05:00',
    );
  });
  test('a clock with "часов" after it: "в 20:00 часов по местному времени"', () => {
    expect(first('Отставка станет официальной в 20:00 часов по местному времени.')).toMatchObject({
      text: 'в 20:00 часов по местному времени',
      value: '2025-11-26T20:00+05:00',
    });
  });
  test('a match score is no clock: "со счётом 15:13", "счёт стал 14:13"', () => {
    expect(datesIn('Поединок закончился со счётом 15:13. Когда счёт стал 14:13, зал встал.')).toEqual([]);
  });
  test('an amount is no clock: "до 11.29 миллиарда"', () => {
    expect(datesIn('Выручка выросла с 10,63 миллиарда до 11.29 миллиарда долларов.')).toEqual([]);
  });
});
