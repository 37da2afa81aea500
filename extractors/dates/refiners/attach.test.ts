import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { DAY_PART_BEFORE, mayEndWithDayPart } from './attach.js';

describe('the look before a day part', () => {
  test('passes every text the day-part pattern matches at its end', () => {
    const pieces = [
      'утром',
      'днем',
      'вечером',
      'ночью',
      'рано',
      'поздно',
      'в',
      'ночь',
      'с',
      '19',
      'на',
      'года',
      ',',
      ' ',
      '  ',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (ps) => {
        const s = ps.join(' ').slice(-30);
        if (DAY_PART_BEFORE.test(s)) expect(mayEndWithDayPart(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test('turns away a text that ends with another word', () => {
    expect(mayEndWithDayPart('Совещание прошло ')).toBe(false);
    expect(mayEndWithDayPart('утром, ')).toBe(true);
    expect(mayEndWithDayPart('в ночь с 19 ')).toBe(true);
  });
});
