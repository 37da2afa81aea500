// Which pages get a job, job ids, and the order jobs are added in: no Redis needed.
import { describe, expect, test } from '@jest/globals';
import { interleaveByHost } from './enqueue.js';
import { jobSource, pageDue, pageJobId, sourceSettings } from './jobs.js';
import type { PageState } from '../state/shared.js';

const NOW = Date.parse('2026-12-08T12:00:00Z');
const HOUR = 3600_000;
const state = (over: Partial<PageState> = {}): PageState => ({
  url: 'https://a.example/1',
  recordId: 'nf-1',
  etag: '"e1"',
  lastModified: null,
  bodyHash: 'h',
  lastStatus: 'new',
  lastError: null,
  lastChecked: new Date(NOW - 10 * 60_000).toISOString(),
  ...over,
});

describe('pageDue', () => {
  test('a page never seen gets a job; one with a record checked lately does not', () => {
    expect(pageDue(undefined, null, NOW, HOUR)).toBe('new');
    expect(pageDue(state(), null, NOW, HOUR)).toBeNull();
    expect(pageDue(state({ lastStatus: 'not-modified' }), null, NOW, HOUR)).toBeNull();
  });

  test('a feed or sitemap date after the last check means changed; an older one does not', () => {
    expect(pageDue(state(), new Date(NOW - 60_000).toISOString(), NOW, HOUR)).toBe('changed');
    expect(pageDue(state(), new Date(NOW - 2 * HOUR).toISOString(), NOW, HOUR)).toBeNull();
    expect(pageDue(state(), 'not a date', NOW, HOUR)).toBeNull();
  });

  test('a page checked longer ago than the recheck time gets a job again', () => {
    const old = state({ lastChecked: new Date(NOW - 2 * HOUR).toISOString() });
    expect(pageDue(old, null, NOW, HOUR)).toBe('recheck');
    expect(pageDue(state(), null, NOW, 0)).toBe('recheck');
  });

  test('a failure that may pass is retried at once; one for good waits for the recheck', () => {
    const failed = (error: string, ago = 10 * 60_000) =>
      state({ lastStatus: 'failed', lastError: error, lastChecked: new Date(NOW - ago).toISOString() });
    expect(pageDue(failed('http-5xx: HTTP 503'), null, NOW, HOUR)).toBe('failed');
    expect(pageDue(failed('timeout: no answer'), null, NOW, HOUR)).toBe('failed');
    expect(pageDue(failed('http-4xx: HTTP 429'), null, NOW, HOUR)).toBe('failed');
    expect(pageDue(failed('robots: disallowed by http://a/robots.txt'), null, NOW, HOUR)).toBeNull();
    expect(pageDue(failed('http-4xx: HTTP 404'), null, NOW, HOUR)).toBeNull();
    expect(pageDue(failed('http-4xx: HTTP 404', 2 * HOUR), null, NOW, HOUR)).toBe('failed');
  });
});

describe('jobs', () => {
  test('a job id is stable per URL, has no ":" and is not a number', () => {
    const id = pageJobId('https://a.example/news/1.html');
    expect(id).toBe(pageJobId('https://a.example/news/1.html'));
    expect(id).not.toBe(pageJobId('https://a.example/news/2.html'));
    expect(id).toMatch(/^p[0-9a-f]{40}$/);
  });

  test('a source travels without its callbacks and comes back as settings', () => {
    const src = {
      name: 'wire',
      inputs: ['https://a.example/rss'],
      outlet: 'Wire',
      timezone: '+05:00',
      profile: null,
      crawl: { perHostConcurrency: 2, allowPrivate: true, skip: () => false },
    };
    const carried = JSON.parse(JSON.stringify(jobSource(src))) as ReturnType<typeof jobSource>;
    expect(carried.crawl).toEqual({ perHostConcurrency: 2, allowPrivate: true });
    expect(sourceSettings(carried)).toMatchObject({ name: 'wire', outlet: 'Wire', timezone: '+05:00' });
  });

  test('jobs are added hosts in turn, each host keeping its order', () => {
    const urls = ['a/1', 'a/2', 'a/3', 'b/1', 'c/1', 'c/2'].map((p) => ({
      url: `https://${p.replace('/', '.example/')}`,
    }));
    expect(interleaveByHost(urls).map((u) => u.url.replace('https://', '').replace('.example', ''))).toEqual([
      'a/1',
      'b/1',
      'c/1',
      'a/2',
      'c/2',
      'a/3',
    ]);
  });
});
