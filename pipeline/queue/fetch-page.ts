// One page of a job, fetched politely across all workers: robots.txt (read once an hour per origin
// by each worker), then a host slot from the Redis limiter, then the fetch stage's own crawl() for
// that one URL (conditional request, redirects, size and address checks, content sniffing), with
// its in-process retries off: retries are BullMQ's. Saved pages are read from their file.
import { fileURLToPath } from 'node:url';
import { describeError } from '../../document/errors.js';
import { crawl } from '../fetch/crawl.js';
import { HttpClient } from '../fetch/http.js';
import { readLocalPage } from '../fetch/local.js';
import { resolveOptions } from '../fetch/options.js';
import type { ResolvedOptions } from '../fetch/options.js';
import { RobotsCache } from '../fetch/robots.js';
import type { RobotsRules } from '../fetch/robots.js';
import { retryDelayMs } from '../fetch/retry.js';
import type { FetchedPage, FetchFailure } from '../fetch/types.js';
import { hostKey, originOf } from '../fetch/url.js';
import type { JobCrawl } from './jobs.js';
import type { HostLimiter, WaitPolicy } from './limiter.js';

/** A page, a failure (with the fetch stage's code), or "wait this long and try again". */
export type FetchResult =
  | { kind: 'page'; page: FetchedPage }
  | { kind: 'failed'; failure: FetchFailure; retryable: boolean }
  | { kind: 'wait'; ms: number };

/** Codes that another attempt may cure (the fetch stage retries the same ones). */
const RETRYABLE = new Set(['network', 'timeout', 'connection', 'http-5xx']);

/** Whether a failure is worth another attempt. */
export function isRetryable(f: FetchFailure): boolean {
  return RETRYABLE.has(f.code) || f.status === 429 || f.status === 408;
}

/** How long robots.txt rules are trusted; a robots.txt that could not be read is asked again sooner. */
const ROBOTS_TTL_MS = 3600_000;
const ROBOTS_BLOCKED_TTL_MS = 60_000;

interface RobotsEntry {
  rules: RobotsRules;
  at: number;
}

/** Fetches job pages under the shared host limits. */
export class PoliteFetcher {
  private readonly clients = new Map<string, HttpClient>();
  private readonly robots = new Map<string, RobotsEntry | Promise<RobotsRules>>();
  private readonly crawlDelay = new Map<string, number>();

  constructor(
    private readonly limiter: HostLimiter,
    private readonly wait: WaitPolicy = {},
  ) {}

  /** Fetches one page (or reads a saved one); `validators` make the request conditional. */
  async fetch(
    url: string,
    file: string | undefined,
    crawlOptions: JobCrawl,
    validators: { etag?: string; lastModified?: string } | null,
    signal: AbortSignal | undefined,
  ): Promise<FetchResult> {
    if (file) return this.readSaved(url, file);
    const o = resolveOptions(crawlOptions);
    const host = hostKey(url);
    if (o.respectRobots) {
      const rules = await this.robotsFor(url, o);
      if (typeof rules === 'number') return { kind: 'wait', ms: rules };
      if (rules.blocked) {
        const failure = { url, code: rules.blocked.code, reason: rules.blocked.reason, attempts: 1 };
        return { kind: 'failed', failure, retryable: isRetryable(failure) };
      }
      if (!rules.allowed(url)) {
        const reason = `disallowed by ${originOf(url)}/robots.txt`;
        return { kind: 'failed', failure: { url, code: 'robots', reason, attempts: 1 }, retryable: false };
      }
    }
    const slot = await this.limiter.acquire(host, o.perHostConcurrency, this.delayFor(host, o), this.wait);
    if (typeof slot === 'number') return { kind: 'wait', ms: slot };
    const got: { page?: FetchedPage; failure?: FetchFailure } = {};
    try {
      await crawl(
        [url],
        {
          ...crawlOptions,
          respectRobots: false, // asked above, once per origin for the whole worker
          retries: 0, // BullMQ retries the job, with backoff, across workers
          concurrency: 1,
          perHostConcurrency: 1,
          minDelayMs: 0, // the shared limiter spaced this request
          validators: () => validators,
          // the page itself is fetched; were it a feed, its links are not this job's to take
          skip: (u) => u !== url,
          ...(signal ? { signal } : {}),
        },
        (p) => {
          got.page = p;
          return Promise.resolve();
        },
        (f) => {
          got.failure = f;
        },
      );
    } finally {
      await slot.release().catch(() => undefined);
    }
    if (got.page) return { kind: 'page', page: got.page };
    const f: FetchFailure = got.failure ?? {
      url,
      code: 'not-html',
      reason: 'a feed or sitemap, not a page',
      attempts: 1,
    };
    if (f.status === 429) {
      // the server asks every worker to slow down, not just this one
      await this.limiter
        .pause(host, retryDelayMs(1, undefined, o.retryBaseMs * 4, o.maxRetryDelayMs))
        .catch(() => undefined);
    }
    return { kind: 'failed', failure: f, retryable: isRetryable(f) };
  }

  private async readSaved(url: string, file: string): Promise<FetchResult> {
    try {
      const path = file.startsWith('file:') ? fileURLToPath(file) : file;
      return { kind: 'page', page: { ...(await readLocalPage(path)), url } };
    } catch (err) {
      return {
        kind: 'failed',
        failure: { url, code: 'local-file', reason: describeError(err), attempts: 1 },
        retryable: false,
      };
    }
  }

  private delayFor(host: string, o: ResolvedOptions): number {
    return Math.max(o.minDelayMs, Math.min(o.maxCrawlDelayMs, this.crawlDelay.get(host) ?? 0));
  }

  /** The robots.txt rules of the page's origin: cached, else fetched under a host slot (or a wait). */
  private async robotsFor(url: string, o: ResolvedOptions): Promise<RobotsRules | number> {
    const origin = originOf(url);
    const key = `${o.userAgent}\n${String(o.allowPrivate)}\n${origin}`;
    const cached = this.robots.get(key);
    if (cached instanceof Promise) return cached;
    const ttl = cached?.rules.blocked ? ROBOTS_BLOCKED_TTL_MS : ROBOTS_TTL_MS;
    if (cached && Date.now() - cached.at < ttl) return cached.rules;
    const host = hostKey(url);
    const slot = await this.limiter.acquire(host, o.perHostConcurrency, this.delayFor(host, o), this.wait);
    if (typeof slot === 'number') return cached?.rules ?? slot;
    const loading = new RobotsCache(this.client(o), {
      userAgent: o.userAgent,
      attempts: 1 + Math.min(o.retries, 2), // as a crawl asks for it
      retryBaseMs: o.retryBaseMs,
      retryCapMs: o.maxRetryDelayMs,
    })
      .get(origin)
      .finally(() => void slot.release().catch(() => undefined));
    this.robots.set(key, loading);
    try {
      const rules = await loading;
      this.robots.set(key, { rules, at: Date.now() });
      if (rules.crawlDelayMs !== null) this.crawlDelay.set(host, rules.crawlDelayMs);
      return rules;
    } catch (err) {
      this.robots.delete(key);
      throw err;
    }
  }

  /** One HTTP client per identity and address policy, for robots.txt (its sockets are reused). */
  private client(o: ResolvedOptions): HttpClient {
    const key = `${o.userAgent}\n${String(o.allowPrivate)}\n${o.trustAddresses.join(',')}`;
    let c = this.clients.get(key);
    if (!c) {
      c = new HttpClient({
        userAgent: o.userAgent,
        connectTimeoutMs: o.connectTimeoutMs,
        timeoutMs: o.timeoutMs,
        maxBytes: o.maxBytes,
        policy: { allowPrivate: o.allowPrivate, trusted: new Set(o.trustAddresses) },
      });
      this.clients.set(key, c);
    }
    return c;
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
