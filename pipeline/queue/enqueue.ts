// `run --queue`: discover pages exactly as `run` does (feeds, sitemaps, URL lists, folders) and add
// one job per page instead of processing it. The state store decides which pages are worth a job
// (pageDue); the job id, from the page's URL, keeps a page that is already waiting from being
// queued twice. Links are decided and added in batches, hosts interleaved so that workers find
// jobs for many hosts at the head of the queue.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import { describeError } from '../../document/errors.js';
import { resolveOptions } from '../fetch/options.js';
import type { FetchedPage, FetchFailure, PageHint } from '../fetch/types.js';
import { hostKey, isHttpUrl } from '../fetch/url.js';
import { getLogger } from '../log.js';
import type { RunSettings, SourceSettings } from '../run/config.js';
import { LockedError } from '../run/lock.js';
import type { CrawlFn } from '../run/runner.js';
import { runStamp } from '../run/runner.js';
import type { SharedState } from '../state/shared.js';
import { PAGE_JOB, QUEUE_PREFIX, redisOptions } from './connection.js';
import type { QueueTarget } from './connection.js';
import { jobSource, pageDue, pageJobId } from './jobs.js';
import type { DueReason, PageJob, PageResult } from './jobs.js';
import { countSource } from './stats.js';
import { onStopRequest } from '../run/signals.js';
import { endRun } from '../run/summary.js';

/** Links decided and added together. */
const BATCH = 500;
const MAX_FAILURES_LISTED = 500;

/** How completed and failed jobs are kept in Redis (BullMQ removes older ones as new ones end). */
export const KEEP_COMPLETED = { count: 1000 };
export const KEEP_FAILED = { age: 7 * 24 * 3600, count: 100_000 };

/** What one enqueuing run did. */
export interface EnqueueSummary {
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: 'ok' | 'partial' | 'interrupted' | 'fatal';
  exitCode: number;
  queue: string;
  sources: number;
  /** page links and pages found */
  discovered: number;
  /** jobs added, by why */
  queued: number;
  reasons: Partial<Record<DueReason, number>>;
  /** pages with a job already waiting, delayed or running */
  alreadyQueued: number;
  /** pages the state knows and that did not change */
  unchanged: number;
  /** inputs, feeds and sitemaps that failed */
  failed: number;
  byReason: Record<string, number>;
  failures: { url: string; reason: string; detail: string }[];
  error?: string;
}

/** How an enqueuing run behaves. */
export interface EnqueueOptions {
  target: QueueTarget;
  state: SharedState;
  crawl: CrawlFn;
  /** a page with a record and no sign of change gets a job again once it was checked this long ago */
  recheckMs: number;
  /** write enqueue-summary.json here */
  summaryDir?: string | null;
  handleSignals?: boolean;
  signal?: AbortSignal;
}

interface Offer {
  url: string;
  source: SourceSettings;
  hint?: PageHint;
  file?: string;
  /** when the page last changed, by its feed entry, sitemap lastmod, Last-Modified or file time */
  modified: string | null;
}

/** The summary's file name. */
export const ENQUEUE_SUMMARY_FILE = 'enqueue-summary.json';

class Enqueuer {
  private readonly log = getLogger();
  private readonly started = new Date();
  private readonly controller = new AbortController();
  private readonly queue: Queue<PageJob, PageResult>;
  private buffer: Offer[] = [];
  private chain: Promise<void> = Promise.resolve();
  private fatal: unknown = null;
  private interrupted = false;
  private readonly s: EnqueueSummary;

  constructor(
    private readonly settings: RunSettings,
    private readonly o: EnqueueOptions,
  ) {
    this.queue = new Queue<PageJob, PageResult>(o.target.name, {
      connection: redisOptions(o.target.url, true),
      prefix: QUEUE_PREFIX,
      defaultJobOptions: { removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
    });
    this.queue.on('error', (err) => this.log.warn({ err: describeError(err) }, 'queue connection'));
    this.s = {
      runId: runStamp(this.started),
      startedAt: this.started.toISOString(),
      finishedAt: '',
      durationMs: 0,
      status: 'ok',
      exitCode: 0,
      queue: o.target.name,
      sources: settings.sources.length,
      discovered: 0,
      queued: 0,
      reasons: {},
      alreadyQueued: 0,
      unchanged: 0,
      failed: 0,
      byReason: {},
      failures: [],
    };
  }

  async execute(): Promise<EnqueueSummary> {
    const stop = (sig: string): void => {
      this.log.warn({ signal: sig }, 'stopping: adding what was found, then exiting');
      this.interrupted = true;
      this.controller.abort();
    };
    const stopListening = onStopRequest(stop, this.o);
    try {
      await this.queue.waitUntilReady();
      for (const source of this.settings.sources) {
        if (this.controller.signal.aborted) break;
        await this.o.crawl(
          source.inputs,
          {
            ...source.crawl,
            signal: this.controller.signal,
            // a link from a feed or sitemap becomes a job, unfetched; inputs are fetched as in `run`
            skip: (url, hint) =>
              hint ? this.offer({ url, source, hint, modified: hint.modified ?? null }) : false,
          },
          (page) => this.onPage(page, source),
          (f) => this.onFailure(f),
        );
      }
      await this.flush();
    } catch (err) {
      this.fatal ??= err;
    } finally {
      stopListening();
      await this.queue.close().catch(() => undefined);
    }
    return this.finish();
  }

  /** A page the crawl fetched or read (a page given as an input, a saved file): it gets a job too. */
  private async onPage(page: FetchedPage, source: SourceSettings): Promise<void> {
    const file = page.finalUrl.startsWith('file:') ? page.finalUrl : undefined;
    await this.offer({
      url: page.url,
      source,
      ...(page.hint ? { hint: page.hint } : {}),
      ...(file ? { file } : {}),
      modified: page.hint?.modified ?? page.lastModified,
    });
  }

  private onFailure(f: FetchFailure): void {
    if (f.code === 'cancelled') return;
    this.s.failed++;
    this.s.byReason[f.code] = (this.s.byReason[f.code] ?? 0) + 1;
    if (this.s.failures.length < MAX_FAILURES_LISTED)
      this.s.failures.push({ url: f.url, reason: f.code, detail: f.reason });
    this.log.warn({ url: f.url, reason: f.code, detail: f.reason }, 'source failed');
  }

  /** Takes a page; resolves true (the crawl counts it as skipped) once its batch, if full, is added. */
  private async offer(o: Offer): Promise<boolean> {
    this.s.discovered++;
    this.buffer.push(o);
    if (this.buffer.length >= BATCH) await this.flush();
    return true;
  }

  /** Decides and adds the buffered pages; batches go one at a time. Never rejects: a failure stops the run. */
  private flush(): Promise<void> {
    const next = this.chain.then(async () => {
      if (this.fatal) return;
      try {
        await this.add(this.buffer.splice(0));
      } catch (err) {
        this.fatal ??= err;
        this.log.error({ err: describeError(err) }, 'stopping the run');
        this.controller.abort();
      }
    });
    this.chain = next;
    return next;
  }

  private async add(batch: Offer[]): Promise<void> {
    if (batch.length === 0) return;
    const known = await this.o.state.pages(batch.map((b) => b.url));
    const now = Date.now();
    const due: (Offer & { reason: DueReason; id: string })[] = [];
    for (const b of batch) {
      const reason = pageDue(known.get(b.url), b.modified, now, this.o.recheckMs);
      if (reason) due.push({ ...b, reason, id: pageJobId(b.url) });
      else this.s.unchanged++;
    }
    if (due.length === 0) return;
    const states = await Promise.all(due.map((d) => this.queue.getJobState(d.id)));
    const fresh: typeof due = [];
    for (const [i, d] of due.entries()) {
      const st = states[i];
      if (st === 'completed' || st === 'failed') {
        // an ended job keeps its id in Redis for a while: make room for the new one
        await this.queue.remove(d.id);
        fresh.push(d);
      } else if (st === 'unknown') fresh.push(d);
      else this.s.alreadyQueued++;
    }
    const jobs = interleaveByHost(fresh).map((d) => {
      const crawl = resolveOptions(d.source.crawl);
      const data: PageJob = {
        url: d.url,
        source: jobSource(d.source),
        runId: this.s.runId,
        ...(d.hint ? { hint: d.hint } : {}),
        ...(d.file ? { file: d.file } : {}),
      };
      return {
        name: PAGE_JOB,
        data,
        opts: {
          jobId: d.id,
          attempts: crawl.retries + 1,
          backoff: { type: 'exponential', delay: crawl.retryBaseMs },
        },
      };
    });
    await this.queue.addBulk(jobs);
    this.s.queued += fresh.length;
    const perSource = new Map<string, number>();
    for (const d of fresh) {
      this.s.reasons[d.reason] = (this.s.reasons[d.reason] ?? 0) + 1;
      perSource.set(d.source.name, (perSource.get(d.source.name) ?? 0) + 1);
    }
    for (const [name, n] of perSource) await countSource(this.queue, this.o.target, name, 'enqueued', n);
    this.log.debug({ queued: fresh.length, batch: batch.length }, 'batch enqueued');
  }

  private finish(): EnqueueSummary {
    const s = this.s;
    endRun(s, this.started, this.fatal, this.interrupted);
    if (this.o.summaryDir) {
      try {
        mkdirSync(this.o.summaryDir, { recursive: true });
        writeFileSync(path.join(this.o.summaryDir, ENQUEUE_SUMMARY_FILE), JSON.stringify(s, null, 2) + '\n');
      } catch (err) {
        this.log.error({ err: describeError(err) }, `cannot write ${ENQUEUE_SUMMARY_FILE}`);
      }
    }
    return s;
  }
}

/** Orders pages so that consecutive jobs go to different hosts where possible (round robin). */
export function interleaveByHost<T extends { url: string }>(items: readonly T[]): T[] {
  const byHost = new Map<string, T[]>();
  for (const it of items) {
    const host = isHttpUrl(it.url) ? hostKey(it.url) : '';
    let list = byHost.get(host);
    if (!list) byHost.set(host, (list = []));
    list.push(it);
  }
  const lists = [...byHost.values()];
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++)
    for (const l of lists) if (i < l.length) out.push(l[i] as T);
  return out;
}

/** Runs the sources once into the queue, under the state's lock; resolves with the summary. */
export async function enqueueRun(settings: RunSettings, options: EnqueueOptions): Promise<EnqueueSummary> {
  const lock = await options.state.tryLock();
  if (!lock)
    throw new LockedError(
      `another enqueuing run holds the lock of this state (${options.state.kind}); this run did nothing, try again later`,
    );
  try {
    return await new Enqueuer(settings, options).execute();
  } finally {
    await lock.release();
  }
}

/** The one human line for stderr. */
export function enqueueSummaryLine(s: EnqueueSummary): string {
  const reasons = Object.entries(s.byReason)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const why = Object.entries(s.reasons)
    .map(([r, n]) => `${n} ${r}`)
    .join(', ');
  const secs = (s.durationMs / 1000).toFixed(1);
  let tail = '';
  if (s.status === 'fatal') tail = ` — stopped: ${s.error ?? 'fatal error'}`;
  else if (s.status === 'interrupted') tail = ' — interrupted';
  else if (s.queued === 0) tail = ' — nothing new';
  return (
    `newsfacts run --queue ${s.queue}: ${s.discovered} pages found, ${s.queued} queued${why ? ` (${why})` : ''}, ` +
    `${s.alreadyQueued} already queued, ${s.unchanged} unchanged, ${s.failed} failed${reasons ? ` (${reasons})` : ''} in ${secs} s${tail}`
  );
}
