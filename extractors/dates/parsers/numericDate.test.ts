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
});
