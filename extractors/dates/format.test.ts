import { describe, expect, test } from '@jest/globals';
import { formatParts } from './format.js';

describe('ISO 8601 text of date parts', () => {
  test('fields are padded as before the table of two-digit fields', () => {
    expect(formatParts({ y: 2025, m: 3, d: 7, hh: 9, mi: 5 }, 300)).toBe('2025-03-07T09:05+05:00');
    expect(formatParts({ y: 33, m: 12 }, null)).toBe('0033-12');
  });
});
