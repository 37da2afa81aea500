// Which crawl() a run uses: the fetch stage's (URLs, feeds, sitemaps, lists, local files).
import { crawlLocal } from './local-crawl.js';
import type { CrawlFn } from './runner.js';

/** The crawl function for runs. */
export function defaultCrawl(): CrawlFn {
  return crawlLocal;
}
