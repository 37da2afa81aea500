import { describe, expect, it } from '@jest/globals';
import { analysesOnMainThread } from './preload.js';

describe('analysesOnMainThread', () => {
  it('is true for the commands that extract on this thread', () => {
    expect(analysesOnMainThread(['extract', 'article.txt'])).toBe(true);
    expect(analysesOnMainThread(['extract', '--jsonl', 'a.jsonl', '--workers', '1'])).toBe(true);
    expect(analysesOnMainThread(['--log-level', 'info', 'run', 'sources.txt'])).toBe(true);
    expect(analysesOnMainThread(['worker', '--queue', 'redis://127.0.0.1:6379'])).toBe(true);
  });

  it('is false where the dictionaries are not needed here', () => {
    expect(analysesOnMainThread(['extract', '--jsonl', 'a.jsonl', '--workers', '2'])).toBe(false);
    expect(analysesOnMainThread(['extract', '--workers=4', '--jsonl', 'a.jsonl'])).toBe(false);
    expect(analysesOnMainThread(['run', 'sources.txt', '--queue', 'redis://127.0.0.1:6379'])).toBe(false);
    expect(analysesOnMainThread(['serve', '--port', '8080'])).toBe(false);
    expect(analysesOnMainThread(['review', 'out.jsonl'])).toBe(false);
    expect(analysesOnMainThread(['extract', '--help'])).toBe(false);
    expect(analysesOnMainThread([])).toBe(false);
  });
});
