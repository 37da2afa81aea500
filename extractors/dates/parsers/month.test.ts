import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('month name without a day', () => {
  test('"в ноябре 2025 года"', () => {
    expect(datesIn('Решение было принято в ноябре 2025 года на сессии.')).toEqual([
      ['в ноябре 2025 года', '2025-11', 'date'],
    ]);
  });
  test('"ноябрь 2025" in the nominative', () => {
    expect(first('Ноябрь 2025 стал самым тёплым месяцем.')?.value).toBe('2025-11');
  });
  test('a month alone is read against publication', () => {
    expect(first('Сейчас у Месси, которому в июне исполнилось 30, пять мячей.')).toMatchObject({
      value: '2025-06',
      relative: true,
    });
  });
  test('"в начале марта" is the first ten days', () => {
    expect(first('Работы начались в начале марта 2024 года.')?.value).toBe('2024-03-01/2024-03-10');
  });
  test('"в ноябре-декабре" is a month range', () => {
    expect(first('Пик заболеваемости пришёлся на ноябрь-декабрь 2024 года.')?.value).toBe('2024-11/2024-12');
  });
  test('"до конца мая" runs from publication to the end of the month', () => {
    expect(first('Отчёт появится до конца мая следующего года.')?.kind).toBe('range');
  });
  test('"в следующем мае"', () => {
    expect(first('Широкая премьера планируется в следующем мае.')?.value).toBe('2026-05');
  });
  test('a day the month does not have is no date, nor its month: «31 июня»', () => {
    expect(datesIn('Наиболее известны его фильмы «Дядя Ваня», «31 июня», «Десять негритят».')).toEqual([]);
  });
});
