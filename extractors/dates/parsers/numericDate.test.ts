import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('numeric dates', () => {
  test('"26.11.2025"', () => {
    expect(first('Приказ от 26.11.2025 вступил в силу.')?.value).toBe('2025-11-26');
  });
  test('ISO "2025-11-26"', () => {
    expect(first('Обновлено 2025-11-26 в редакции сайта.')?.value).toBe('2025-11-26');
  });
  test('an impossible date is skipped', () => {
    expect(first('Код 31.02.2025 не является датой.')).toBeUndefined();
  });
});

// published on Wednesday 26 November 2025
describe('a day and month in figures without a year', () => {
  test('"24.11" and "24.11." read as "24 ноября" is', () => {
    expect(first('Приём заявок на гранты завершился 24.11.')).toMatchObject({
      text: '24.11',
      value: '2025-11-24',
      relative: true,
    });
    expect(first('Следующее заседание маслихата состоится 24.11 в Астане.')?.value).toBe('2026-11-24');
    expect(first('Решение акимата от 05.12 отменено прокуратурой.')?.value).toBe('2024-12-05');
  });
  test('decimals and clock times are no dates', () => {
    expect(datesIn('Курс доллара вырос на 24.11 тенге.')).toEqual([]);
    expect(datesIn('Инфляция в годовом выражении составила 12.11 процента.')).toEqual([]);
    expect(first('Встреча с избирателями пройдёт в 10.12.')?.kind).toBe('time');
  });
  test('amounts of money and figures standing alone are no dates', () => {
    expect(datesIn('Проезд подорожал и стоит теперь 3.04 грн.')).toEqual([]);
    expect(datesIn('Курс: GBP 3.01')).toEqual([]);
    expect(datesIn('1.10')).toEqual([]);
  });
});

describe('ranges of days and of clock times', () => {
  test('"5–7.12.2025" and "с 05.12 по 07.12.2025"', () => {
    expect(first('Выставка «Астана Экспо» пройдёт 5–7.12.2025 в столице.')).toMatchObject({
      text: '5–7.12.2025',
      kind: 'range',
      value: '2025-12-05/2025-12-07',
    });
    expect(first('Приём документов продлится с 05.12 по 07.12.2025.')?.value).toBe('2025-12-05/2025-12-07');
  });
  test('a range over the new year begins the year before', () => {
    expect(first('Зимние каникулы у школьников продлятся с 28.12 по 03.01.2026.')?.value).toBe(
      '2025-12-28/2026-01-03',
    );
  });
  test('"с 5 по 7 декабря", "с 10:00 до 14:00", "10:00–14:00"', () => {
    expect(first('Форум пройдёт с 5 по 7 декабря.')?.value).toBe('2025-12-05/2025-12-07');
    expect(first('Приём граждан пройдёт с 10:00 до 14:00.')?.value).toBe(
      '2025-11-26T10:00+05:00/2025-11-26T14:00+05:00',
    );
    // the range stands on the day its sentence names
    expect(datesIn('ЦОН в субботу работает 10:00–14:00.')[1]).toEqual([
      '10:00–14:00',
      '2025-11-22T10:00+05:00/2025-11-22T14:00+05:00',
      'range',
    ]);
  });
});
