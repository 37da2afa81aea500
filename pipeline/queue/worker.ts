// A queue worker: takes page jobs and does what `run` does with a page (fetch, parse, extract,
// emit), with the same record, the same sinks and the same state. Records of jobs running together
// are delivered in one batch: sinks first (idempotent upserts), then the state, then each job is
// acknowledged. A worker killed at any point leaves its jobs locked; BullMQ's stalled-job check
// gives them to another worker, and a record delivered twice is the same upsert twice.
import { hostname } from 'node:os';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { DelayedError, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { loadMorphology } from '../../document/analyse/index.js';
import { describeError } from '../../document/errors.js';
import { getLogger } from '../log.js';
import { processPageAsync } from '../run/article.js';
import { runStamp } from '../run/runner.js';
import { AppendFileWriter } from '../sinks/jsonl.js';
import { PostgresSink } from '../sinks/postgres.js';
import { SqliteSink } from '../sinks/sqlite.js';
import type { OutRecord, Sink } from '../sinks/types.js';
import type { CommitRow, SharedState } from '../state/shared.js';
import { validatorsOf } from '../state/shared.js';
import { ownKey, QUEUE_PREFIX, rawRedis, redactRedisUrl, redisOptions } from './connection.js';
import type { QueueTarget } from './connection.js';
import { PoliteFetcher } from './fetch-page.js';
import { sourceSettings } from './jobs.js';
import type { PageJob, PageResult } from './jobs.js';
import { HostLimiter } from './limiter.js';
import { countSource } from './stats.js';
import { onStopRequest } from '../run/signals.js';

/** Where a worker writes records and keeps the state. */
export interface WorkerOutput {
  /** PostgreSQL: the sink and the shared state */
  pg: { url: string; schema: string | null } | null;
  /** a folder for JSON Lines (one append-only file per worker process) and the SQLite sink */
  dir: string | null;
  sinks: ('postgres' | 'jsonl' | 'sqlite')[];
  /** the SQLite state, used only without pg (worker processes of one machine) */
  stateFile: string | null;
}

/** How a worker runs. */
export interface WorkerOptions {
  target: QueueTarget;
  output: WorkerOutput;
  /** jobs in flight at once in this process */
  concurrency: number;
  /** a job whose worker has been silent this long goes back to the queue */
  stalledMs: number;
  /** exit once the queue has no waiting, delayed or active job */
  untilEmpty?: boolean;
  /** how long a job waits in-process for its host before going back to the queue */
  hostWaitMs?: number;
  /** stop on SIGINT/SIGTERM (default true) */
  handleSignals?: boolean;
  /** stops the worker like SIGTERM does */
  signal?: AbortSignal;
}

/** What one worker process did. */
export interface WorkerSummary {
  startedAt: string;
  durationMs: number;
  /** CPU time of this process (user + system), start-up included */
  cpuMs: number;
  jobs: number;
  new: number;
  updated: number;
  unchanged: number;
  notModified: number;
  /** jobs that failed for good (after their last attempt) */
  failed: number;
  /** attempts that failed and will be retried */
  retried: number;
  /** jobs put back to wait for their host's turn */
  deferred: number;
  byReason: Record<string, number>;
  status: 'ok' | 'fatal';
  exitCode: number;
  error?: string;
}

/** Batches beyond this many failures in a row mean the sinks or the state are gone: the worker exits. */
const MAX_DELIVERY_FAILURES = 3;

interface Delivery {
  out: OutRecord;
  row: CommitRow;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Opens the state the output names: PostgreSQL with pg, else the SQLite file. */
export async function openWorkerState(output: WorkerOutput): Promise<SharedState> {
  if (output.pg) {
    const { PostgresState } = await import('../state/postgres.js');
    return PostgresState.open(output.pg);
  }
  if (!output.stateFile) throw new Error('a worker needs --pg or --out');
  mkdirSync(path.dirname(output.stateFile), { recursive: true });
  const { SqliteSharedState } = await import('../state/shared.js');
  return new SqliteSharedState(output.stateFile);
}

/** One worker process's moving parts. */
class QueueWorker {
  private readonly log = getLogger();
  private readonly started = new Date();
  private readonly s: WorkerSummary;
  private state!: SharedState;
  private sinks: Sink[] = [];
  private appendFile: AppendFileWriter | null = null;
  private queue!: Queue<PageJob, PageResult>;
  private worker: Worker<PageJob, PageResult> | null = null;
  private fetcher!: PoliteFetcher;
  private waiting: Delivery[] = [];
  private delivering = false;
  private deliveryFailures = 0;
  private fatal: unknown = null;
  private stopping: Promise<void> | null = null;
  private resolveStopped!: () => void;
  private readonly stopped = new Promise<void>((r) => (this.resolveStopped = r));

  constructor(private readonly o: WorkerOptions) {
    this.s = {
      startedAt: this.started.toISOString(),
      durationMs: 0,
      cpuMs: 0,
      jobs: 0,
      new: 0,
      updated: 0,
      unchanged: 0,
      notModified: 0,
      failed: 0,
      retried: 0,
      deferred: 0,
      byReason: {},
      status: 'ok',
      exitCode: 0,
    };
  }

  async execute(): Promise<WorkerSummary> {
    let secondSignal = false;
    const onSignal = (sig: string): void => {
      if (secondSignal) {
        process.stderr.write(`newsfacts worker: ${sig} again, stopping at once\n`);
        process.exit(130);
      }
      secondSignal = true;
      this.log.warn({ signal: sig }, 'stopping: finishing the jobs in flight, taking no new ones');
      void this.stop();
    };
    const stopListening = onStopRequest(onSignal, this.o);
    let idleTimer: NodeJS.Timeout | null = null;
    try {
      await this.open();
      this.log.info(
        {
          queue: redactRedisUrl(this.o.target.url),
          name: this.o.target.name,
          concurrency: this.o.concurrency,
        },
        'worker started',
      );
      if (this.o.untilEmpty) idleTimer = this.watchIdle();
      await this.stopped;
    } catch (err) {
      this.fatal ??= err;
      await this.stop().catch(() => undefined);
    } finally {
      if (idleTimer) clearInterval(idleTimer);
      stopListening();
      await this.closeAll();
    }
    return this.finish();
  }

  private async open(): Promise<void> {
    const out = this.o.output;
    // the state first: it creates the PostgreSQL schema and applies every migration, sinks' included
    this.state = await openWorkerState(out);
    await loadMorphology();
    for (const name of out.sinks) {
      if (name === 'postgres' && out.pg) this.sinks.push(await PostgresSink.open(out.pg));
      else if (name === 'sqlite' && out.dir)
        this.sinks.push(new SqliteSink(path.join(out.dir, 'newsfacts.sqlite')));
      else if (name === 'jsonl' && out.dir) {
        mkdirSync(out.dir, { recursive: true });
        // one file per worker process: processes never interleave their lines
        const file = `records-worker-${runStamp(this.started)}-${hostname()}-${process.pid}.jsonl`;
        this.appendFile = new AppendFileWriter(path.join(out.dir, file));
      }
    }
    const connection = redisOptions(this.o.target.url);
    this.queue = new Queue<PageJob, PageResult>(this.o.target.name, { connection, prefix: QUEUE_PREFIX });
    this.queue.on('error', (err) => this.log.warn({ err: describeError(err) }, 'queue connection'));
    const redis = await rawRedis(this.queue);
    this.fetcher = new PoliteFetcher(new HostLimiter(redis, ownKey(this.o.target, 'host')), {
      maxWaitMs: this.o.hostWaitMs ?? 3000,
    });
    this.worker = new Worker<PageJob, PageResult>(
      this.o.target.name,
      (job, token) => this.process(job, token),
      {
        connection,
        prefix: QUEUE_PREFIX,
        concurrency: this.o.concurrency,
        lockDuration: this.o.stalledMs,
        stalledInterval: this.o.stalledMs,
        // a job can be caught in several killed workers before it fails as stalled
        maxStalledCount: 5,
      },
    );
    this.worker.on('error', (err) => this.log.warn({ err: describeError(err) }, 'worker connection'));
    this.worker.on('stalled', (jobId) => {
      this.log.info({ jobId }, 'a stalled job (its worker went silent) is back in the queue');
      void redis.incr(ownKey(this.o.target, 'stalled')).catch(() => undefined);
    });
  }

  /** Stops when nothing is left to do (--until-empty): no job waiting, delayed or active, twice running. */
  private watchIdle(): NodeJS.Timeout {
    let idle = 0;
    const timer = setInterval(() => {
      void this.queue
        .getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'paused')
        .then((c) => {
          const left = Object.values(c).reduce((a, b) => a + b, 0);
          idle = left === 0 ? idle + 1 : 0;
          if (idle >= 2) void this.stop();
        })
        .catch(() => undefined);
    }, 500);
    timer.unref();
    return timer;
  }

  /** Takes no new job, lets those in flight finish and deliver, then resolves execute(). */
  private stop(): Promise<void> {
    this.stopping ??= (async () => {
      try {
        await this.worker?.close();
      } catch (err) {
        this.log.warn({ err: describeError(err) }, 'closing the worker');
      }
      this.resolveStopped();
    })();
    return this.stopping;
  }

  private async closeAll(): Promise<void> {
    await this.worker?.close().catch(() => undefined);
    this.fetcher?.close();
    for (const sink of this.sinks) await sink.close().catch(() => undefined);
    this.appendFile?.close();
    await this.state?.close().catch(() => undefined);
    await this.queue?.close().catch(() => undefined);
  }

  private count(job: Job<PageJob, PageResult>, what: string): Promise<void> {
    // awaited before the job completes: sent alongside, the count could reach Redis after the
    // completion, and a worker killed between the two lost it (999 of 1,000 in a queue test)
    return countSource(this.queue, this.o.target, job.data.source.name, what);
  }

  /** One job: the same steps as a page of `run`. */
  private async process(job: Job<PageJob, PageResult>, token?: string): Promise<PageResult> {
    const d = job.data;
    const prev = await this.state.page(d.url);
    const got = await this.fetcher.fetch(d.url, d.file, d.source.crawl, validatorsOf(prev), undefined);
    if (got.kind === 'wait') {
      // the host is busy or resting: the job waits in the queue, not in this worker's slots
      this.s.deferred++;
      await job.moveToDelayed(Date.now() + got.ms, token);
      throw new DelayedError();
    }
    this.s.jobs++;
    if (got.kind === 'failed') return this.failed(job, got.failure.code, got.failure.reason, got.retryable);
    const page = d.hint ? { ...got.page, hint: d.hint } : got.page;
    const outcome = await processPageAsync(page, sourceSettings(d.source), {
      page: (url) => (url === d.url ? Promise.resolve(prev) : this.state.page(url)),
      record: async (id) => {
        const r = await this.state.record(id);
        return r ? { ...r, committed: true } : undefined;
      },
    });
    switch (outcome.kind) {
      case 'not-modified':
        await this.state.notePage(d.url, 'not-modified');
        this.s.notModified++;
        await this.count(job, 'not-modified');
        return { outcome: 'not-modified' };
      case 'unchanged':
        await this.state.notePage(d.url, 'unchanged', {
          recordId: outcome.recordId,
          validators: { etag: page.etag, lastModified: page.lastModified, bodyHash: outcome.bodyHash },
        });
        this.s.unchanged++;
        await this.count(job, 'unchanged');
        return { outcome: 'unchanged', ...(outcome.recordId ? { id: outcome.recordId } : {}) };
      case 'failed':
        return this.failed(job, outcome.reason, outcome.detail, false);
      case 'record': {
        const r = outcome.out.record;
        await this.deliver(outcome.out, {
          runId: d.runId,
          pageUrl: d.url,
          recordId: r.id,
          recordUrl: r.url,
          version: r.version,
          contentHash: outcome.out.contentHash,
          bodyHash: outcome.bodyHash,
          etag: page.etag,
          lastModified: page.lastModified,
        });
        const what = r.version === 1 ? 'new' : 'updated';
        this.s[what]++;
        await this.count(job, what);
        return { outcome: what, id: r.id, version: r.version };
      }
    }
  }

  /** A failed attempt: retried by BullMQ when it may succeed later, else the job fails with its reason. */
  private async failed(
    job: Job<PageJob, PageResult>,
    reason: string,
    detail: string,
    retryable: boolean,
  ): Promise<never> {
    const message = `${reason}: ${detail}`;
    const last = !retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (!last) {
      this.s.retried++;
      this.log.debug({ url: job.data.url, reason, detail, attempt: job.attemptsMade + 1 }, 'retrying later');
      throw new Error(message);
    }
    this.s.failed++;
    this.s.byReason[reason] = (this.s.byReason[reason] ?? 0) + 1;
    this.log.warn({ url: job.data.url, reason, detail }, 'page failed');
    await this.state.notePage(job.data.url, 'failed', { error: message });
    await this.count(job, 'failed');
    throw new UnrecoverableError(message);
  }

  /** Resolves once the record is in every sink and committed in the state (group commit). */
  private deliver(out: OutRecord, row: CommitRow): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ out, row, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.delivering) return;
    this.delivering = true;
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0);
        try {
          const outs = batch.map((d) => d.out);
          for (const sink of this.sinks) await sink.write(outs);
          this.appendFile?.write(outs);
          await this.state.commit(batch.map((d) => d.row));
          this.deliveryFailures = 0;
          for (const d of batch) d.resolve();
        } catch (err) {
          // the jobs fail this attempt and are retried; a record written to some sinks is rewritten then
          for (const d of batch) d.reject(err);
          this.log.error({ err: describeError(err) }, 'delivery failed');
          if (++this.deliveryFailures >= MAX_DELIVERY_FAILURES) {
            this.fatal ??= err;
            void this.stop();
          }
        }
      }
    } finally {
      this.delivering = false;
    }
  }

  private finish(): WorkerSummary {
    const s = this.s;
    s.durationMs = Date.now() - this.started.getTime();
    const cpu = process.cpuUsage();
    s.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    if (this.fatal) {
      s.status = 'fatal';
      s.exitCode = 1;
      s.error = describeError(this.fatal);
    }
    return s;
  }
}

/** Runs a worker until SIGTERM (or until the queue is empty with untilEmpty); resolves with its summary. */
export function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  return new QueueWorker(options).execute();
}

/** The one human line for stderr. */
export function workerSummaryLine(s: WorkerSummary): string {
  const reasons = Object.entries(s.byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const secs = (s.durationMs / 1000).toFixed(1);
  const tail = s.status === 'fatal' ? ` — stopped: ${s.error ?? 'fatal error'}` : '';
  return (
    `newsfacts worker: ${s.jobs} jobs in ${secs} s (CPU ${(s.cpuMs / 1000).toFixed(1)} s): ${s.new} new, ${s.updated} updated, ` +
    `${s.unchanged + s.notModified} unchanged, ${s.failed} failed${reasons ? ` (${reasons})` : ''}, ` +
    `${s.retried} to retry, ${s.deferred} put back to wait for their host${tail}`
  );
}
