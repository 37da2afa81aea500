import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('casual words', () => {
  test('"накануне" alone is the day before publication', () => {
    expect(first('Накануне премьер встретился с послом.')).toMatchObject({
      value: '2025-11-25',
      relative: true,
    });
  });
  test('"накануне выборов" is the eve of an event', () => {
    expect(first('Накануне выборов кандидаты провели дебаты.')).toBeUndefined();
  });
  test('"на сегодняшний день"', () => {
    expect(first('На сегодняшний день в регионе 12 случаев.')?.value).toBe('2025-11-26');
  });
});

describe('weekends', () => {
  test('"на выходных" in the past is the last weekend', () => {
    expect(first('На выходных в городе прошёл фестиваль.')).toMatchObject({
      kind: 'range',
      value: '2025-11-22/2025-11-23',
    });
  });
  test('"в эти выходные" ahead is the coming weekend', () => {
    expect(first('В эти выходные пройдёт ярмарка.')?.value).toBe('2025-11-29/2025-11-30');
  });
});
