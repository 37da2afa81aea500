// The crawl: inputs (URLs, URL lists, feeds, sitemaps, saved HTML) in, pages and failures out
// through callbacks. Every URL ends as exactly one page, failure, expansion, skip or cancellation;
// nothing one page does makes the crawl throw.
import PQueue from 'p-queue';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLogger } from '../log.js';
import { describeError } from '../../document/errors.js';
import { decompress, looksGzipped } from './decompress.js';
import { decodeHtml } from './decode.js';
import { FetchStageError, type FailureCode } from './errors.js';
import { parseFeed } from './feeds.js';
import { HttpClient, nextRedirect, type HttpResponse } from './http.js';
import type { LinkEntry } from './links.js';
import { isLocalInput, readLocalInput, readLocalPage } from './local.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { HostScheduler } from './politeness.js';
import { retryDelayMs } from './retry.js';
import { RobotsCache } from './robots.js';
import { classify, mayBeWanted } from './sniff.js';
import { parseSitemap } from './sitemaps.js';
import { RawStore } from './store.js';
import type { CrawlOptions, CrawlStats, FetchedPage, FetchFailure, PageHint } from './types.js';
import { hostKey, isHttpUrl, normaliseUrl, originOf } from './url.js';

const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
const ACCEPT_ANY =
  'text/html, application/xhtml+xml;q=0.9, application/rss+xml;q=0.9, application/atom+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
/** How deep URL lists may name other URL lists. */
const MAX_LIST_DEPTH = 3;

/** What a queued URL is expected to be: an input (anything we take), an article link, or a sitemap. */
type TaskKind = 'auto' | 'page' | 'sitemap';

interface Task {
  /** the normalised requested URL (identity for de-duplication and callbacks) */
  url: string;
  /** the URL of the current redirect hop */
  current: string;
  chain: string[];
  kind: TaskKind;
  depth: number;
  hint?: PageHint;
  attempts: number;
  hopAttempts: number;
  /** the conditional headers sent, so a 304 that omits them still reports them */
  validators?: Record<string, string>;
}

type Outcome = 'fetched' | 'notModified' | 'failed' | 'expanded' | 'skipped' | 'cancelled' | 'merged';

function emptyStats(): CrawlStats {
  return {
    requested: 0,
    fetched: 0,
    notModified: 0,
    failed: 0,
    byReason: {},
    durationMs: 0,
    expanded: 0,
    duplicates: 0,
    skipped: 0,
    cancelled: 0,
    retries: 0,
    bytes: 0,
    merged: 0,
  };
}

function hintOf(entry: LinkEntry, source: string): PageHint {
  return {
    published: entry.published,
    title: entry.title,
    source,
    outlet: entry.outlet,
    ...(entry.modified ? { modified: entry.modified } : {}),
  };
}

/** One crawl's moving parts. */
class Crawler {
  readonly stats = emptyStats();
  private readonly log = getLogger();
  private readonly seen = new Set<string>();
  private readonly client: HttpClient;
  private readonly robots: RobotsCache;
  private readonly store: RawStore | null;
  private readonly scheduler: HostScheduler<Task>;
  private readonly local: PQueue;
  private readonly crawlDelay = new Map<string, number>();
  private outstanding = 1; // the input phase holds one token until every input is submitted
  private stopping = false;
  /** sitemaps taken from indexes so far (bounded by maxSitemaps) */
  private sitemaps = 0;
  private resolveDone!: () => void;
  readonly done = new Promise<void>((r) => (this.resolveDone = r));

  constructor(
    private readonly o: ResolvedOptions,
    private readonly raw: CrawlOptions,
    private readonly onPage: (page: FetchedPage) => Promise<void>,
    private readonly onFailure: (f: FetchFailure) => void | Promise<void>,
  ) {
    this.client = new HttpClient({
      userAgent: o.userAgent,
      connectTimeoutMs: o.connectTimeoutMs,
      timeoutMs: o.timeoutMs,
      maxBytes: o.maxBytes,
      policy: { allowPrivate: o.allowPrivate, trusted: new Set(o.trustAddresses) },
      lookup: raw.lookup,
      ca: raw.ca,
      onRequest: (url) => {
        this.scheduler.touch(hostKey(url));
        raw.onRequest?.(url);
      },
    });
    this.robots = new RobotsCache(this.client, {
      userAgent: o.userAgent,
      attempts: 1 + Math.min(o.retries, 2),
      retryBaseMs: o.retryBaseMs,
      retryCapMs: o.maxRetryDelayMs,
      signal: raw.signal,
    });
    this.store = o.store ? new RawStore(o.store) : null;
    this.scheduler = new HostScheduler<Task>({
      concurrency: o.concurrency,
      perHostConcurrency: o.perHostConcurrency,
      delayFor: (host) => Math.max(o.minDelayMs, Math.min(o.maxCrawlDelayMs, this.crawlDelay.get(host) ?? 0)),
      run: (task, release) => this.run(task, release),
    });
    this.local = new PQueue({ concurrency: o.concurrency });
  }

  /** Stops: nothing new starts, queued work is counted as cancelled, requests in flight are aborted. */
  stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const task of this.scheduler.stop()) this.finish(task.url, 'cancelled');
    // queued local files are not cleared: each holds a count, and ends as cancelled when it runs
  }

  /** Submits every input; the crawl ends when all of them and what they led to are done. */
  async start(inputs: string[]): Promise<void> {
    for (const input of inputs) {
      if (this.stopping) break;
      await this.addInput(input.trim(), 0);
    }
    this.release();
  }

  private release(): void {
    this.outstanding--;
    if (this.outstanding === 0) this.resolveDone();
  }

  /** Counts a URL's end; the crawl resolves when the last one ends. */
  private finish(_url: string, outcome: Outcome): void {
    this.stats[outcome]++;
    this.release();
  }

  private async fail(
    url: string,
    code: FailureCode,
    reason: string,
    attempts: number,
    status?: number,
  ): Promise<void> {
    if (code === 'cancelled') return this.finish(url, 'cancelled');
    this.stats.byReason[code] = (this.stats.byReason[code] ?? 0) + 1;
    this.log.debug({ url, code, reason, attempts }, 'fetch failed');
    try {
      await this.onFailure({ url, code, reason, attempts, ...(status === undefined ? {} : { status }) });
    } catch (err) {
      this.log.warn({ url, err: describeError(err) }, 'onFailure threw');
    }
    this.finish(url, 'failed');
  }

  /** A failure for something that never became a task (a bad input string). */
  private async failUntracked(url: string, code: FailureCode, reason: string): Promise<void> {
    this.stats.requested++;
    this.outstanding++;
    await this.fail(url, code, reason, 0);
  }

  private async addInput(input: string, depth: number): Promise<void> {
    if (!input) return;
    if (isLocalInput(input)) return this.addLocal(input, depth);
    if (!isHttpUrl(input))
      return this.failUntracked(input, 'bad-url', 'only http(s) URLs, files and folders are inputs');
    if (isRobotsUrl(input)) return this.addRobots(input);
    this.submit(input, 'auto', 0);
  }

  /** A robots.txt URL as an input stands for the sitemaps its Sitemap: lines list. The robots.txt
   * request is the one the site's first page would make anyway, and it is cached for the run. */
  private async addRobots(url: string): Promise<void> {
    this.stats.requested++;
    this.outstanding++;
    let rules;
    try {
      rules = await this.robots.get(originOf(url));
    } catch (err) {
      return this.fail(url, 'robots', describeError(err), 1);
    }
    if (rules.blocked) return this.fail(url, rules.blocked.code, rules.blocked.reason, 1);
    if (rules.sitemaps.length === 0) return this.fail(url, 'bad-feed', 'robots.txt lists no sitemaps', 1);
    for (const sitemap of rules.sitemaps) this.submit(sitemap, 'sitemap', 1);
    this.finish(url, 'expanded');
  }

  private async addLocal(input: string, depth: number): Promise<void> {
    let local;
    try {
      local = await readLocalInput(input);
    } catch (err) {
      return this.failUntracked(input, 'local-file', describeError(err));
    }
    if (local.kind === 'list') {
      if (depth >= MAX_LIST_DEPTH) return this.failUntracked(input, 'bad-url', 'URL lists nested too deep');
      const base = dirname(local.file);
      for (const line of local.lines) {
        // a relative path in a list means a file beside the list, not beside the current directory
        await this.addInput(
          isLocalInput(line) && !isAbsolute(line) && !line.startsWith('file:') ? join(base, line) : line,
          depth + 1,
        );
      }
    } else if (local.kind === 'xml') {
      const source = pathToFileURL(local.file).href;
      this.outstanding++;
      this.stats.requested++;
      await this.expand(source, classify(null, local.body), local.body, 0);
    } else {
      for (const file of local.files) this.addLocalPage(file);
    }
  }

  private addLocalPage(file: string): void {
    this.outstanding++;
    this.stats.requested++;
    void this.local.add(async () => {
      if (this.stopping) return this.finish(file, 'cancelled');
      let page: FetchedPage;
      try {
        page = await readLocalPage(file);
      } catch (err) {
        return this.fail(pathToFileURL(file).href, 'local-file', describeError(err), 1);
      }
      if (this.seen.has(page.url)) {
        this.stats.duplicates++;
        this.stats.requested--;
        return this.release();
      }
      this.seen.add(page.url);
      await this.deliver(page, page.url);
    });
  }

  /** Queues a URL once per run. */
  private submit(raw: string, kind: TaskKind, depth: number, hint?: PageHint): void {
    let url: string;
    try {
      url = normaliseUrl(raw);
    } catch (err) {
      void this.failUntracked(raw, 'bad-url', describeError(err));
      return;
    }
    if (this.seen.has(url)) {
      this.stats.duplicates++;
      return;
    }
    this.seen.add(url);
    this.stats.requested++;
    this.outstanding++;
    const task: Task = { url, current: url, chain: [url], kind, depth, attempts: 0, hopAttempts: 0 };
    if (hint) task.hint = hint;
    if (this.stopping) return this.finish(url, 'cancelled');
    const skip = kind === 'sitemap' ? undefined : this.raw.skip;
    if (!skip) return this.schedule(task, 0);
    void (async () => {
      let skipped = false;
      try {
        skipped = await skip(url, hint);
      } catch (err) {
        this.log.warn({ url, err: describeError(err) }, 'skip() threw; fetching');
      }
      if (skipped) this.finish(url, 'skipped');
      else if (this.stopping) this.finish(url, 'cancelled');
      else this.schedule(task, 0);
    })();
  }

  private schedule(task: Task, notBefore: number): void {
    if (this.stopping) return this.finish(task.url, 'cancelled');
    this.scheduler.push(hostKey(task.current), task, notBefore);
  }

  /** One scheduled step of a task: robots.txt, one request, then a page, an expansion, a retry or a redirect hop. */
  private async run(task: Task, releaseHost: () => void): Promise<void> {
    try {
      await this.step(task, releaseHost);
    } catch (err) {
      releaseHost();
      await this.fail(task.url, 'network', `internal error: ${describeError(err)}`, task.attempts);
    }
  }

  private async step(task: Task, releaseHost: () => void): Promise<void> {
    if (this.stopping) return this.finish(task.url, 'cancelled');
    const host = hostKey(task.current);
    if (this.o.respectRobots) {
      const origin = originOf(task.current);
      let rules = this.robots.peek(origin);
      if (!rules) {
        const startedAt = Date.now();
        rules = await this.robots.get(origin);
        if (rules.crawlDelayMs !== null) {
          this.crawlDelay.set(host, Math.max(this.crawlDelay.get(host) ?? 0, rules.crawlDelayMs));
          this.scheduler.pauseHost(host, startedAt + Math.min(this.o.maxCrawlDelayMs, rules.crawlDelayMs));
        }
        // the robots.txt request used this slot; the page waits its turn like any other request
        releaseHost();
        return this.schedule(task, 0);
      }
      if (rules.blocked) return this.failTask(task, rules.blocked.code, rules.blocked.reason, releaseHost);
      if (!rules.allowed(task.current)) {
        return this.failTask(task, 'robots', `disallowed by ${origin}/robots.txt`, releaseHost);
      }
    }

    const headers = task.chain.length === 1 ? await this.conditionalHeaders(task.url) : {};
    task.validators = headers;
    task.attempts++;
    task.hopAttempts++;
    let res: HttpResponse;
    try {
      res = await this.client.request(task.current, {
        accept: task.kind === 'page' ? ACCEPT_PAGE : ACCEPT_ANY,
        headers,
        signal: this.raw.signal,
        acceptContentType: (ct) => mayBeWanted(ct, task.kind !== 'page'),
      });
    } catch (err) {
      releaseHost();
      if (!(err instanceof FetchStageError)) throw err;
      if (err.retryable && task.hopAttempts <= this.o.retries && !this.stopping) {
        const wait = retryDelayMs(
          task.hopAttempts,
          err.retryAfterMs,
          this.o.retryBaseMs,
          this.o.maxRetryDelayMs,
        );
        // a server that says when to come back is asking the whole host to wait
        if (err.retryAfterMs !== undefined) this.scheduler.pauseHost(host, Date.now() + wait);
        this.stats.retries++;
        this.log.debug({ url: task.current, code: err.failure, wait }, 'retrying');
        return this.schedule(task, Date.now() + wait);
      }
      return this.fail(task.url, err.failure, err.message, task.attempts, err.status);
    }
    releaseHost();

    if (res.redirect !== null) return this.redirect(task, res.redirect);
    this.stats.bytes += res.body.length;
    if (res.status === 304) return this.deliver(this.pageOf(task, res, true), task.url);

    let body = res.body;
    if (task.kind !== 'page' && looksGzipped(body)) {
      try {
        body = await decompress(body, 'gzip', this.o.maxBytes); // a .xml.gz sitemap served as a file
      } catch (err) {
        const e = err as FetchStageError;
        return this.fail(task.url, e.failure, e.message, task.attempts, res.status);
      }
    }
    const kind = classify(res.contentType, body);
    if (kind === 'html' && task.kind !== 'sitemap') {
      return this.deliver(this.pageOf(task, { ...res, body }, false), task.url);
    }
    if ((kind === 'feed' || kind === 'sitemap') && task.kind !== 'page') {
      return this.expand(task.url, kind, body, task.depth, res.contentType);
    }
    const what = kind === 'unknown' ? `content type ${res.contentType ?? '(none)'}` : kind;
    const code: FailureCode = task.kind === 'sitemap' ? 'bad-feed' : 'not-html';
    return this.fail(
      task.url,
      code,
      `${what} is not ${task.kind === 'sitemap' ? 'a sitemap' : 'HTML'}`,
      task.attempts,
      res.status,
    );
  }

  private async failTask(
    task: Task,
    code: FailureCode,
    reason: string,
    releaseHost: () => void,
  ): Promise<void> {
    releaseHost();
    return this.fail(task.url, code, reason, task.attempts);
  }

  private async redirect(task: Task, location: string): Promise<void> {
    let next: string;
    try {
      next = nextRedirect(task.chain, location, this.o.maxRedirects);
    } catch (err) {
      const e = err as FetchStageError;
      return this.fail(task.url, e.failure, e.message, task.attempts);
    }
    if (this.seen.has(next) && next !== task.url) {
      this.log.debug({ url: task.url, to: next }, 'redirects onto a page already taken');
      return this.finish(task.url, 'merged');
    }
    this.seen.add(next);
    task.chain.push(next);
    task.current = next;
    task.hopAttempts = 0;
    this.schedule(task, 0);
  }

  private async conditionalHeaders(url: string): Promise<Record<string, string>> {
    let v: { etag?: string | null; lastModified?: string | null } | null | undefined;
    try {
      v = this.raw.validators ? this.raw.validators(url) : await this.store?.lookup(url);
    } catch (err) {
      this.log.warn({ url, err: describeError(err) }, 'no validators');
    }
    const headers: Record<string, string> = {};
    if (v?.etag) headers['if-none-match'] = v.etag;
    if (v?.lastModified) headers['if-modified-since'] = v.lastModified;
    return headers;
  }

  private pageOf(task: Task, res: HttpResponse, notModified: boolean): FetchedPage {
    return {
      url: task.url,
      finalUrl: task.current,
      status: res.status,
      contentType: res.contentType,
      headers: res.headers,
      body: notModified ? Buffer.alloc(0) : res.body,
      fetchedAt: res.fetchedAt,
      notModified,
      etag: res.headers['etag'] ?? (notModified ? task.validators?.['if-none-match'] : undefined) ?? null,
      lastModified:
        res.headers['last-modified'] ??
        (notModified ? task.validators?.['if-modified-since'] : undefined) ??
        null,
      ...(task.hint ? { hint: task.hint } : {}),
    };
  }

  /** Hands a page to the consumer (storing it first); a consumer error is that page's failure. */
  private async deliver(page: FetchedPage, url: string): Promise<void> {
    if (this.store && !page.notModified && !page.finalUrl.startsWith('file:')) {
      try {
        await this.store.save(page);
      } catch (err) {
        this.log.warn({ url, err: describeError(err) }, 'raw store write failed');
      }
    }
    try {
      await this.onPage(page);
    } catch (err) {
      return this.fail(url, 'consumer', describeError(err), 1);
    }
    this.finish(url, page.notModified ? 'notModified' : 'fetched');
  }

  /** Turns a feed or sitemap into queued links; sitemap indexes recurse up to maxSitemapDepth. */
  private async expand(
    source: string,
    kind: 'feed' | 'sitemap' | 'html' | 'unknown',
    body: Buffer,
    depth: number,
    contentType: string | null = null,
  ): Promise<void> {
    const { html: xml, replaced } = decodeHtml(body, contentType);
    if (replaced > 0 && (kind === 'feed' || kind === 'sitemap'))
      this.log.warn({ source, replaced }, `broken UTF-8 in a ${kind}: read as U+FFFD replacement characters`);
    try {
      const limit = this.o.maxLinksPerDocument;
      if (kind === 'feed') {
        for (const e of parseFeed(xml, source, limit).entries)
          this.submit(e.url, 'page', depth + 1, hintOf(e, source));
      } else if (kind === 'sitemap') {
        const map = parseSitemap(xml, source, limit);
        if (map.kind === 'urlset') {
          for (const e of map.entries) this.submit(e.url, 'page', depth + 1, hintOf(e, source));
        } else if (depth >= this.o.maxSitemapDepth) {
          return this.fail(
            source,
            'bad-feed',
            `sitemap index nested deeper than ${this.o.maxSitemapDepth}`,
            1,
          );
        } else {
          for (const s of map.sitemaps) {
            if (this.sitemaps >= this.o.maxSitemaps) {
              this.log.warn(
                { source, limit: this.o.maxSitemaps },
                'sitemap limit reached; the rest of the index is left out',
              );
              break;
            }
            this.sitemaps++;
            this.submit(s.url, 'sitemap', depth + 1);
          }
        }
      } else {
        return this.fail(source, 'bad-feed', 'neither a feed nor a sitemap', 1);
      }
    } catch (err) {
      return this.fail(source, 'bad-feed', describeError(err), 1);
    }
    this.finish(source, 'expanded');
  }

  close(): void {
    this.client.close();
  }
}

/** Whether a URL is a site's robots.txt (http or https, at the root). */
function isRobotsUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname === '/robots.txt' && !u.search;
  } catch {
    return false;
  }
}

/**
 * Fetches pages from URLs, URL-list files, RSS/Atom feeds, sitemaps (and indexes) and saved HTML,
 * politely (robots.txt, per-host limits and delays) and safely (timeouts, size limits, no private
 * targets). Each page goes to onPage, each failure to onFailure; resolves with the stats and never
 * rejects because of one page.
 */
export async function crawl(
  inputs: string[],
  options: CrawlOptions,
  onPage: (page: FetchedPage) => Promise<void>,
  onFailure: (f: FetchFailure) => void | Promise<void>,
): Promise<CrawlStats> {
  const started = Date.now();
  const crawler = new Crawler(resolveOptions(options), options, onPage, onFailure);
  const onAbort = (): void => crawler.stop();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) crawler.stop();
  try {
    await crawler.start(inputs);
    await crawler.done;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    crawler.close();
  }
  return { ...crawler.stats, durationMs: Date.now() - started };
}
