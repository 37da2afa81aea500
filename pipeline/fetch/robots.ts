// robots.txt, fetched once per origin and cached for the run, read as RFC 9309 says:
// 2xx = the rules, 4xx = no rules (allow all), 5xx or no answer = complete disallow. A host that
// takes no connection at all is down: its pages fail as `connection` (or `timeout`), not `robots`.
import robotsParserModule from 'robots-parser';

// robots-parser is CommonJS whose typings claim a default export: take whichever is callable.
type RobotsParser = (url: string, text: string) => ReturnType<typeof robotsParserModule.default>;
const robotsParser = ((robotsParserModule as unknown as { default?: unknown }).default ??
  robotsParserModule) as RobotsParser;
import { FetchStageError, type FailureCode } from './errors.js';
import { isConnectFailure, type HttpClient } from './http.js';
import { backoffMs } from './retry.js';
import { normaliseUrl } from './url.js';

/** RFC 9309 lets a crawler stop reading robots.txt after 500 KiB. */
const ROBOTS_MAX_BYTES = 500 * 1024;
/** RFC 9309: follow at least five redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;

/** What robots.txt says for one origin. */
export interface RobotsRules {
  /** whether our user agent may fetch this URL */
  allowed(url: string): boolean;
  /** Crawl-delay for our user agent, in ms, or null */
  crawlDelayMs: number | null;
  sitemaps: string[];
  /** when nothing on the origin may be fetched: the code and reason each page fails with */
  blocked: { code: FailureCode; reason: string } | null;
}

const ALLOW_ALL: RobotsRules = { allowed: () => true, crawlDelayMs: null, sitemaps: [], blocked: null };

function disallowAll(code: FailureCode, reason: string): RobotsRules {
  return { allowed: () => false, crawlDelayMs: null, sitemaps: [], blocked: { code, reason } };
}

/** The product token robots.txt groups are matched against ("newsfacts" of "newsfacts/0.1 (...)"). */
export function productToken(userAgent: string): string {
  return (userAgent.split(/[\s/]/)[0] ?? userAgent).toLowerCase();
}

/** Parses a robots.txt body into rules for our product token. */
export function parseRobots(robotsUrl: string, text: string, token: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  const delay = robots.getCrawlDelay(token);
  return {
    allowed: (url) => robots.isAllowed(url, token) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
    sitemaps: robots.getSitemaps(),
    blocked: null,
  };
}

/** Settings of the robots cache. */
export interface RobotsOptions {
  userAgent: string;
  attempts: number;
  retryBaseMs: number;
  retryCapMs: number;
  signal?: AbortSignal | undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });
}

/** Loads and caches robots.txt per origin. */
export class RobotsCache {
  private readonly cache = new Map<string, Promise<RobotsRules>>();
  private readonly loaded = new Map<string, RobotsRules>();
  private readonly token: string;

  constructor(
    private readonly client: HttpClient,
    private readonly options: RobotsOptions,
  ) {
    this.token = productToken(options.userAgent);
  }

  /** The rules of an origin if already loaded (no request). */
  peek(origin: string): RobotsRules | undefined {
    return this.loaded.get(origin);
  }

  /** The rules of an origin, fetching robots.txt the first time. */
  get(origin: string): Promise<RobotsRules> {
    let p = this.cache.get(origin);
    if (!p) {
      p = this.fetchRules(origin).then((rules) => {
        this.loaded.set(origin, rules);
        return rules;
      });
      this.cache.set(origin, p);
    }
    return p;
  }

  private async fetchRules(origin: string): Promise<RobotsRules> {
    let lastError: FetchStageError | null = null;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      if (attempt > 1) {
        await sleep(
          backoffMs(attempt - 1, this.options.retryBaseMs, this.options.retryCapMs),
          this.options.signal,
        );
      }
      if (this.options.signal?.aborted) return disallowAll('cancelled', 'crawl stopped');
      try {
        return await this.fetchOnce(origin);
      } catch (err) {
        if (!(err instanceof FetchStageError)) throw err;
        lastError = err;
        if (!err.retryable) break;
      }
    }
    return this.fromError(lastError);
  }

  private fromError(err: FetchStageError | null): RobotsRules {
    if (err === null) return ALLOW_ALL;
    if (err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429) {
      return ALLOW_ALL; // "unavailable": RFC 9309 2.3.1.3
    }
    if (isConnectFailure(err)) {
      // the host is down: nothing is known about its robots.txt, and its pages cannot be fetched
      return disallowAll(err.failure, `${err.message}, asking for robots.txt`);
    }
    switch (err.failure) {
      case 'private-address':
      case 'dns':
      case 'tls':
      case 'bad-url':
      case 'cancelled':
        return disallowAll(err.failure, err.message);
      default:
        // "unreachable" (5xx, 429, network, timeout): RFC 9309 2.3.1.4 says assume complete disallow.
        return disallowAll(
          'robots',
          `robots.txt unreachable (${err.message}): complete disallow per RFC 9309`,
        );
    }
  }

  private async fetchOnce(origin: string): Promise<RobotsRules> {
    let url = `${origin}/robots.txt`;
    const seen = new Set<string>();
    for (let hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      seen.add(url);
      const res = await this.client.request(url, {
        accept: 'text/plain, */*;q=0.5',
        maxBytes: ROBOTS_MAX_BYTES,
        truncate: true,
        signal: this.options.signal,
      });
      if (res.redirect === null) {
        if (res.status === 304 || res.body.length === 0) return ALLOW_ALL;
        return parseRobots(`${origin}/robots.txt`, res.body.toString('utf8'), this.token);
      }
      const next = normaliseUrl(res.redirect);
      if (seen.has(next)) break;
      url = next;
    }
    // Too many redirects or a loop: RFC 9309 treats that as "unavailable".
    return ALLOW_ALL;
  }
}
