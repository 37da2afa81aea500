// Shared by the crawl tests: runs a crawl and collects what it reported.
import { crawl } from './crawl.js';
import type { CrawlOptions, CrawlStats, FetchedPage, FetchFailure } from './types.js';

/** Fast settings for loopback tests: no delays, tiny backoff, short timeouts, private targets allowed. */
export const FAST: CrawlOptions = {
  allowPrivate: true,
  minDelayMs: 0,
  retryBaseMs: 5,
  timeoutMs: 2000,
  connectTimeoutMs: 1000,
};

/** What a crawl delivered. */
export interface CrawlResult {
  pages: FetchedPage[];
  failures: FetchFailure[];
  stats: CrawlStats;
}

/** Runs a crawl with FAST settings overridden by `options`. */
export async function collect(inputs: string[], options: CrawlOptions = {}): Promise<CrawlResult> {
  const pages: FetchedPage[] = [];
  const failures: FetchFailure[] = [];
  const stats = await crawl(
    inputs,
    { ...FAST, ...options },
    (p) => {
      pages.push(p);
      return Promise.resolve();
    },
    (f) => {
      failures.push(f);
    },
  );
  return { pages, failures, stats };
}

/** requested = the sum of all outcomes, whatever happened. */
export function balanced(s: CrawlStats): boolean {
  return (
    s.requested === s.fetched + s.notModified + s.failed + s.expanded + s.skipped + s.cancelled + s.merged
  );
}
