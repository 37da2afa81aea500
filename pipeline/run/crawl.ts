// Which crawl() a run uses: the fetch stage's (URLs, feeds, sitemaps, URL lists, local files).
// local-crawl.ts has the same signature for tests that must not depend on the fetch stage.
import { crawl } from '../fetch/index.js';
import type { CrawlFn } from './runner.js';

/** The crawl function for runs. */
export function defaultCrawl(): CrawlFn {
  return crawl;
}
