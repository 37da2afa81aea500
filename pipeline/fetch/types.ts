// The public shapes of the fetch stage: what `crawl` takes, what it hands to its callbacks.
import type { LookupFunction } from 'node:net';

/** How a crawl behaves; every field has a polite, safe default. */
export interface CrawlOptions {
  /** default "newsfacts/0.1 (+https://github.com/newsfacts/newsfacts)"; `contact` is appended */
  userAgent?: string;
  /** an e-mail or URL for site operators, appended to the User-Agent */
  contact?: string;
  /** requests in flight at once over all hosts, default 8 */
  concurrency?: number;
  /** requests in flight at once to one host, default 2 */
  perHostConcurrency?: number;
  /** between request starts to one host, default 1000 (a larger Crawl-delay in robots.txt wins) */
  minDelayMs?: number;
  /** TCP (and TLS) connection set-up, default 10 000 */
  connectTimeoutMs?: number;
  /** the whole response, headers and body, default 30 000 */
  timeoutMs?: number;
  /** extra attempts after the first, default 3: network errors, timeouts, 5xx, 429, 408 */
  retries?: number;
  /** first backoff step, doubled each attempt, with jitter; default 500 */
  retryBaseMs?: number;
  /** the longest backoff or Retry-After wait, default 60 000 */
  maxRetryDelayMs?: number;
  /** default 5 */
  maxRedirects?: number;
  /** default 10 MB, on the wire and after decompression alike */
  maxBytes?: number;
  /** default false: loopback, private, link-local and other non-public targets are refused */
  allowPrivate?: boolean;
  /** addresses exempt from the private-address check (a local mirror, a test server) */
  trustAddresses?: string[];
  /** extra CA certificates (PEM) trusted for HTTPS besides the system ones (a mirror behind a private CA) */
  ca?: string | string[];
  /** DNS resolution used for every connection (default dns.lookup); the private check runs on its answer */
  lookup?: LookupFunction;
  /** default true */
  respectRobots?: boolean;
  /** raw page store directory (content-addressed gzip bodies + JSON metadata); null = none */
  store?: string | null;
  /** validators of an earlier fetch, for If-None-Match / If-Modified-Since; defaults to the store's */
  validators?: (url: string) => { etag?: string | null; lastModified?: string | null } | null | undefined;
  /** URLs already handled by an earlier run (a resumed run skips them without a request); asked for
   * inputs and feed/sitemap links, never for the sitemaps an index lists; a link comes with its
   * entry's hint, an input without one (a queue takes the links it is offered this way) */
  skip?: (url: string, hint?: PageHint) => boolean | Promise<boolean>;
  /** how deep sitemap indexes are followed, default 3 */
  maxSitemapDepth?: number;
  /** sitemaps fetched from indexes in one crawl, default 1000 (an index of indexes cannot explode) */
  maxSitemaps?: number;
  /** page links taken from one feed or sitemap, default 50 000 (the sitemap protocol's limit) */
  maxLinksPerDocument?: number;
  /** stop: nothing new is started, requests in flight are abandoned, the promise resolves with stats */
  signal?: AbortSignal;
  /** called as each HTTP request (robots.txt, feeds, pages, each redirect hop and retry) is sent */
  onRequest?: (url: string) => void;
}

/** What a feed or sitemap entry said about the page it links to. */
export interface PageHint {
  published?: string | null;
  title?: string | null;
  /** the feed or sitemap the link came from */
  source?: string;
  /** the publication named by the feed channel or news sitemap */
  outlet?: string | null;
  /** lastmod / updated of the entry, when given */
  modified?: string | null;
}

/** One page as fetched (or read from disk), undecoded. */
export interface FetchedPage {
  /** the normalised requested URL (for a local file: its canonical URL, else its file:// URL) */
  url: string;
  /** after redirects (for a local file: its file:// URL) */
  finalUrl: string;
  status: number;
  contentType: string | null;
  headers: Record<string, string>;
  /** raw bytes, decompressed from any Content-Encoding; decodeHtml() turns them into text */
  body: Buffer;
  /** ISO 8601 */
  fetchedAt: string;
  /** 304 on a conditional request (body empty) */
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  hint?: PageHint;
}

/** A page that could not be had, and why. */
export interface FetchFailure {
  url: string;
  code: string;
  reason: string;
  attempts: number;
  status?: number;
}

/** What a crawl did; requested = fetched + notModified + failed + expanded + skipped + cancelled + merged. */
export interface CrawlStats {
  requested: number;
  fetched: number;
  notModified: number;
  failed: number;
  byReason: Record<string, number>;
  durationMs: number;
  /** feeds and sitemaps turned into links */
  expanded: number;
  /** inputs or links seen before in this run (not counted in requested) */
  duplicates: number;
  /** skipped through options.skip */
  skipped: number;
  /** left undone when the signal stopped the crawl */
  cancelled: number;
  /** attempts beyond the first, over all URLs */
  retries: number;
  /** body bytes received (decompressed) */
  bytes: number;
  /** URLs whose redirects led onto a page already fetched or queued in this run */
  merged: number;
}
