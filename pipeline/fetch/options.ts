// CrawlOptions with every default filled in.
import type { CrawlOptions } from './types.js';

/** The User-Agent sent when none is given. */
export const DEFAULT_USER_AGENT = 'newsfacts/0.1 (+https://github.com/newsfacts/newsfacts)';

/** CrawlOptions after defaults: what the crawl actually uses. */
export interface ResolvedOptions {
  userAgent: string;
  concurrency: number;
  perHostConcurrency: number;
  minDelayMs: number;
  maxCrawlDelayMs: number;
  connectTimeoutMs: number;
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  maxRetryDelayMs: number;
  maxRedirects: number;
  maxBytes: number;
  allowPrivate: boolean;
  trustAddresses: string[];
  respectRobots: boolean;
  store: string | null;
  maxSitemapDepth: number;
  maxSitemaps: number;
  maxLinksPerDocument: number;
}

const positive = (v: number | undefined, d: number): number =>
  v !== undefined && Number.isFinite(v) && v >= 0 ? v : d;

/** The User-Agent with the operator's contact appended, as site owners expect to find it. */
export function userAgentWithContact(userAgent: string, contact: string | undefined): string {
  if (!contact) return userAgent;
  return userAgent.endsWith(')') ? `${userAgent.slice(0, -1)}; ${contact})` : `${userAgent} (${contact})`;
}

/** Fills in the defaults of CrawlOptions. */
export function resolveOptions(o: CrawlOptions): ResolvedOptions {
  return {
    userAgent: userAgentWithContact(o.userAgent ?? DEFAULT_USER_AGENT, o.contact),
    concurrency: Math.max(1, Math.floor(positive(o.concurrency, 8))),
    perHostConcurrency: Math.max(1, Math.floor(positive(o.perHostConcurrency, 2))),
    minDelayMs: positive(o.minDelayMs, 1000),
    // a Crawl-delay of hours would stall the run; beyond this the host is simply slow
    maxCrawlDelayMs: 60_000,
    connectTimeoutMs: positive(o.connectTimeoutMs, 10_000),
    timeoutMs: positive(o.timeoutMs, 30_000),
    retries: Math.floor(positive(o.retries, 3)),
    retryBaseMs: positive(o.retryBaseMs, 500),
    maxRetryDelayMs: positive(o.maxRetryDelayMs, 60_000),
    maxRedirects: Math.floor(positive(o.maxRedirects, 5)),
    maxBytes: Math.max(1, positive(o.maxBytes, 10 * 1024 * 1024)),
    allowPrivate: o.allowPrivate ?? false,
    trustAddresses: o.trustAddresses ?? [],
    respectRobots: o.respectRobots ?? true,
    store: o.store ?? null,
    maxSitemapDepth: Math.floor(positive(o.maxSitemapDepth, 3)),
    maxSitemaps: Math.floor(positive(o.maxSitemaps, 1000)),
    maxLinksPerDocument: Math.floor(positive(o.maxLinksPerDocument, 50_000)),
  };
}
