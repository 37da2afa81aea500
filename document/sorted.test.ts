// Where an offset falls among a person's ascending mention offsets.
import { describe, expect, test } from '@jest/globals';
import { countBelow } from './sorted.js';

describe('countBelow', () => {
  const starts = [3, 17, 17, 40];
  test('counts the values below, or at most, the offset', () => {
    expect([0, 3, 4, 17, 18, 40, 41].map((x) => countBelow(starts, x))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect([0, 3, 4, 17, 18, 40, 41].map((x) => countBelow(starts, x, true))).toEqual([0, 1, 1, 3, 3, 4, 4]);
  });
  test('an empty list has nothing below', () => {
    expect(countBelow([], 5)).toBe(0);
  });
});
