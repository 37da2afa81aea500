import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('times of day', () => {
  test('"в 15:00" alone is a time with the outlet offset', () => {
    expect(first('Брифинг начнётся в 15:00.')).toMatchObject({
      kind: 'time',
      value: 'T15:00+05:00',
      grain: 'minute',
    });
  });
  test('"в 10 часов утра"', () => {
    expect(first('Заседание открылось в 10 часов утра.')).toMatchObject({
      value: 'T10:00+05:00',
      grain: 'hour',
    });
  });
  test('"в три часа ночи"', () => {
    expect(first('Он часто был на производстве в три часа ночи.')?.value).toBe('T03:00+05:00');
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
    expect(first('Заседание начнётся в полдень.')).toMatchObject({ kind: 'time', value: 'T12:00+05:00' });
  });
  test('"через 2 часа" from the publication time', () => {
    expect(first('Через 2 часа начнётся матч.')).toMatchObject({
      value: '2025-11-26T14:00+05:00',
      grain: 'hour',
    });
  });
});
