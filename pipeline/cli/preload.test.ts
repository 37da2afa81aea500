import { describe, expect, it } from '@jest/globals';
import { defaultWorkers, MAX_DEFAULT_WORKERS } from '../default-workers.js';
import { analysesOnMainThread } from './preload.js';

describe('analysesOnMainThread', () => {
  it('is true for the commands that extract on this thread', () => {
    expect(analysesOnMainThread(['extract', 'article.txt'], 2)).toBe(true);
    expect(analysesOnMainThread(['extract', '--jsonl', 'a.jsonl', '--workers', '1'], 2)).toBe(true);
    expect(analysesOnMainThread(['extract', '--jsonl', 'a.jsonl'], 1)).toBe(true);
    expect(analysesOnMainThread(['--log-level', 'info', 'run', 'sources.txt'], 1)).toBe(true);
    expect(analysesOnMainThread(['run', 'sources.txt', '--workers=1'], 4)).toBe(true);
    expect(analysesOnMainThread(['worker', '--queue', 'redis://127.0.0.1:6379'], 2)).toBe(true);
  });

  it('is false where the dictionaries are not needed here', () => {
    expect(analysesOnMainThread(['extract', '--jsonl', 'a.jsonl', '--workers', '2'], 1)).toBe(false);
    expect(analysesOnMainThread(['extract', '--workers=4', '--jsonl', 'a.jsonl'], 1)).toBe(false);
    expect(analysesOnMainThread(['extract', '--jsonl', 'a.jsonl'], 2)).toBe(false);
    expect(analysesOnMainThread(['run', 'sources.txt'], 2)).toBe(false);
    expect(analysesOnMainThread(['run', 'sources.txt', '--queue', 'redis://127.0.0.1:6379'], 1)).toBe(false);
    expect(analysesOnMainThread(['serve', '--port', '8080'], 1)).toBe(false);
    expect(analysesOnMainThread(['review', 'out.jsonl'], 1)).toBe(false);
    expect(analysesOnMainThread(['extract', '--help'], 1)).toBe(false);
    expect(analysesOnMainThread([], 1)).toBe(false);
  });
});

describe('defaultWorkers', () => {
  it('is one per core, at most MAX_DEFAULT_WORKERS, unless NEWSFACTS_WORKERS says otherwise', () => {
    const n = defaultWorkers({});
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(MAX_DEFAULT_WORKERS);
    expect(defaultWorkers({ NEWSFACTS_WORKERS: '3' })).toBe(3);
    expect(defaultWorkers({ NEWSFACTS_WORKERS: 'many' })).toBe(n);
    expect(defaultWorkers({ NEWSFACTS_WORKERS: '0' })).toBe(n);
  });
});
