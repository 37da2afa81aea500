// Jest runs in ESM mode so that the ESM-only node-fetch and p-queue load in tests.
import { expect, test } from '@jest/globals';
import PQueue from 'p-queue';
import fetch from 'node-fetch';

test('ESM-only dependencies load', async () => {
  const q = new PQueue({ concurrency: 1 });
  expect(await q.add(() => Promise.resolve(42))).toBe(42);
  expect(typeof fetch).toBe('function');
});
