import { beforeAll, describe, expect, test } from '@jest/globals';
import { numbersIn, ready } from '../testing.js';

beforeAll(ready);

describe('scores', () => {
  test('each side of a score is a number', () => {
    expect(numbersIn('Матч закончился со счетом 15:13.')).toEqual([
      ['15', 'count', 15],
      ['13', 'count', 13],
    ]);
  });
  test('a time is not a score', () => {
    expect(numbersIn('Заседание начнется в 15:30.')).toEqual([]);
  });
});
