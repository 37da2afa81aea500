import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('periods relative to publication', () => {
  test('"в этом году" is the publication year at year grain', () => {
    expect(first('Только в этом году на выборы было выделено почти 1 млрд тенге.')).toMatchObject({
      text: 'в этом году',
      value: '2025',
      grain: 'year',
      relative: true,
    });
  });
  test('"в прошлом году" keeps the year grain', () => {
    expect(first('В прошлом году урожай был ниже.')).toMatchObject({ value: '2024', grain: 'year' });
  });
  test('"в следующем месяце"', () => {
    expect(first('Тарифы вырастут в следующем месяце.')?.value).toBe('2025-12');
  });
  test('"на прошлой неделе" is an ISO week', () => {
    expect(first('На прошлой неделе министр посетил область.')).toMatchObject({
      value: '2025-W47',
      grain: 'week',
    });
  });
  test('"в конце года"', () => {
    expect(first('Объект сдадут в конце года.')?.value).toBe('2025-10/2025-12');
  });
  test('"до конца года" is a range with an open start', () => {
    expect(first('Программу продлят до конца года.')).toMatchObject({
      kind: 'range',
      value: '../2025-12-31',
    });
  });
  test('"к концу месяца" is a range with an open start', () => {
    expect(first('Отчёт в министерство сдадут к концу месяца.')).toMatchObject({
      text: 'к концу месяца',
      kind: 'range',
      value: '../2025-11-30',
    });
  });
  test('without a publication date: span, no value', () => {
    const d = first('В прошлом году урожай был ниже.', null);
    expect(d).toMatchObject({ text: 'В прошлом году', relative: true });
    expect(d).not.toHaveProperty('value');
  });
});

describe('a season of a sport', () => {
  test('"в текущем сезоне" is a date expression with no value', () => {
    const item = first('В текущем сезоне Мхитарян провёл 17 матчей за «Рому».');
    expect(item).toEqual(expect.objectContaining({ text: 'В текущем сезоне', kind: 'date' }));
    expect(item?.value).toBeUndefined();
  });
});
