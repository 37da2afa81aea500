import { describe, expect, test } from '@jest/globals';
import { readRoman } from '../../../document/roman.js';
import { readDigits } from './digits.js';

describe('readDigits', () => {
  test('a decimal comma, as Russian writes fractions', () => {
    expect(readDigits('1,5')).toEqual({ ok: true, value: 1.5, decimal: true, leadingZero: false });
  });
  test('dots grouping thousands with a decimal comma', () => {
    expect(readDigits('1.844.036.360,12')).toMatchObject({ ok: true, value: 1844036360.12 });
  });
  test('a comma groups thousands after a dollar sign', () => {
    expect(readDigits('10,000', { latinContext: true })).toMatchObject({ value: 10000 });
    expect(readDigits('10,000')).toMatchObject({ value: 10 });
  });
  test('a multiplier after "1.500" makes it one and a half', () => {
    expect(readDigits('1.500', { multiplierFollows: true })).toMatchObject({ value: 1.5 });
    expect(readDigits('2.500')).toMatchObject({ value: 2500 });
  });
  test('dates and times are no figures', () => {
    expect(readDigits('26.11.2025')).toEqual({ ok: false, reason: 'date' });
    expect(readDigits('15:00')).toEqual({ ok: false, reason: 'time' });
  });
  test('a fraction with a slash', () => {
    expect(readDigits('1/8')).toMatchObject({ value: 0.125 });
  });
});

describe('readRoman', () => {
  test('valid numerals only', () => {
    expect(readRoman('XIV')).toBe(14);
    expect(readRoman('IIII')).toBeNull();
    expect(readRoman('MIX')).toBe(1009);
  });
});
