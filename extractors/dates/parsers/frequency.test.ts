import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('recurrences', () => {
  test('"ежегодно"', () => {
    expect(first('Форум проводится ежегодно.')?.value).toBe('R/P1Y');
  });
  test('a rate "в год" after an amount', () => {
    expect(first('Завод перерабатывает 370 тысяч тонн нефти в год.')?.value).toBe('R/P1Y');
  });
  test('"в день выборов" is not a rate', () => {
    expect(datesIn('В день выборов участки откроются рано.')).toEqual([]);
  });
});
