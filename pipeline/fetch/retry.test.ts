// Backoff and Retry-After arithmetic.
import { describe, expect, test } from '@jest/globals';
import { backoffMs, parseRetryAfter, retryDelayMs } from './retry.js';

describe('retry timing', () => {
  test('backoff doubles per attempt, with jitter in the upper half, capped', () => {
    expect(backoffMs(1, 100, 10_000, () => 0)).toBe(50);
    expect(backoffMs(1, 100, 10_000, () => 1)).toBe(100);
    expect(backoffMs(3, 100, 10_000, () => 0)).toBe(200);
    expect(backoffMs(20, 100, 1000, () => 1)).toBe(1000);
  });

  test('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-11-26T07:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 26 Nov 2025 07:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 26 Nov 2025 06:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('скоро', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  test('Retry-After wins over backoff and is capped', () => {
    expect(retryDelayMs(1, 5000, 100, 60_000)).toBe(5000);
    expect(retryDelayMs(1, 3_600_000, 100, 60_000)).toBe(60_000);
    expect(retryDelayMs(2, undefined, 100, 60_000, () => 0)).toBe(100);
  });
});
