import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('what is counted', () => {
  test('adjectives before the head noun take its lemma', () => {
    const n = first('Проведены выборы 52 районных акимов.');
    expect(n).toMatchObject({ kind: 'count', value: 52, counts: 'районный аким' });
    expect(n?.countsSpan).toEqual({ start: 20, end: 35 });
  });
  test('genitive dependents follow the head into the singular', () => {
    expect(first('Выборы шести акимов районов прошли спокойно.')?.counts).toBe('аким района');
    expect(first('Выбрали одного акима города областного значения.')?.counts).toBe(
      'аким города областного значения',
    );
  });
  test("the adjective takes the head noun's gender", () => {
    expect(first('Объединились две крупные компании.')?.counts).toBe('крупная компания');
  });
  test('a plain count', () => {
    expect(first('На свадьбе были 260 гостей.')?.counts).toBe('гость');
  });
  test('durations are left to the dates extractor', () => {
    expect(first('За последние 5 лет страна изменилась.')).toBeUndefined();
  });
});
