// The run: lock the state, repair a killed predecessor, crawl every source, turn each new or
// changed page into a record version, deliver records to the sinks batch by batch, and commit
// the state only for what was delivered. Killed at any moment, the next run picks up cleanly.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadMorphology } from '../../document/analyse/index.js';
import { describeError, OutputClosedError } from '../../document/errors.js';
import type { CrawlOptions, CrawlStats, FetchedPage, FetchFailure } from '../fetch/types.js';
import { getLogger } from '../log.js';
import { AppendFileWriter, RunFileWriter } from '../sinks/jsonl.js';
import { SqliteSink } from '../sinks/sqlite.js';
import { StdoutSink } from '../sinks/stdout.js';
import type { OutRecord, Sink } from '../sinks/types.js';
import { StateStore } from '../state/store.js';
import type { PendingRow } from '../state/store.js';
import { currentMaxTextBytes } from '../../document/text-check.js';
import type { PageOutcome, PageSource, VersionLookup } from './page-outcome.js';
import { PagesAhead } from './pages-ahead.js';
import type { RunSettings, SourceSettings } from './config.js';
import { acquireLock, LockedError } from './lock.js';
import { startProgress } from './progress.js';
import { recoverState } from './recover.js';
import { endRun, SUMMARY_FILE, writeRunSummary, type RunSummary } from './summary.js';
import { onStopRequest } from './signals.js';

/** The fetch stage's crawl() signature. */
export type CrawlFn = (
  inputs: string[],
  options: CrawlOptions,
  onPage: (page: FetchedPage) => Promise<void>,
  onFailure: (f: FetchFailure) => void | Promise<void>,
) => Promise<CrawlStats>;

export interface RunHooks {
  crawl: CrawlFn;
  /** show a progress bar when stderr is a TTY */
  progress?: boolean;
  /** stop gracefully on SIGINT/SIGTERM (default true) */
  handleSignals?: boolean;
  /** aborts the run like a signal does */
  signal?: AbortSignal;
  /** worker threads that parse and extract pages (default 1: on the main thread) */
  workers?: number;
}

/** Exit codes of a run. */
export const RUN_EXIT = { ok: 0, fatal: 1, partial: 3, locked: 75 } as const;

const MAX_FAILURES_LISTED = 500;
const FLUSH_EVERY_MS = 1000;
const CHECKPOINT_EVERY_MS = 60_000;

interface Item {
  out: OutRecord;
  pending: Omit<PendingRow, 'runId' | 'target' | 'tmp'>;
}

/** The run id and file stamp: UTC time to the millisecond, sortable, safe in file names. */
export function runStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '-');
}

/** The message for a run that finds the lock taken. */
function lockedMessage(settings: RunSettings, err: LockedError): LockedError {
  let holder = '';
  try {
    const state = new StateStore(settings.output.stateFile);
    const r = state.lastRunning();
    state.close();
    if (r) holder = ` (pid ${r.pid}, started ${r.startedAt})`;
  } catch {
    // the message is still clear without the holder
  }
  return new LockedError(
    `another run${holder} is using the state ${settings.output.stateFile}; this run did nothing, try again later`,
    { cause: err },
  );
}

/** Runs the sources of `settings` once; resolves with the summary (also written to the out dir). */
export async function runPipeline(settings: RunSettings, hooks: RunHooks): Promise<RunSummary> {
  const out = settings.output;
  mkdirSync(out.dir, { recursive: true });
  mkdirSync(path.dirname(out.stateFile), { recursive: true });
  let lock;
  try {
    lock = acquireLock(out.stateFile + '.lock');
  } catch (err) {
    throw err instanceof LockedError ? lockedMessage(settings, err) : err;
  }
  try {
    return await new Run(settings, hooks).execute();
  } finally {
    lock.release();
  }
}

class Run {
  private readonly log = getLogger();
  private readonly started = new Date();
  private readonly runId = runStamp(this.started);
  private readonly controller = new AbortController();
  private state!: StateStore;
  private sinks: Sink[] = [];
  private runFile: RunFileWriter | null = null;
  private appendFile: AppendFileWriter | null = null;
  private batch: Item[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private lastFlush = Date.now();
  private lastCheckpoint = Date.now();
  private stopping = false;
  private interrupted = false;
  private fatal: unknown = null;
  /** the pages' parse and extract steps: on this thread, or ahead on worker threads */
  private processPage: ((page: FetchedPage, source: PageSource, known: VersionLookup) => PageOutcome) | null =
    null;
  private ahead: PagesAhead | null = null;
  private closePool: (() => Promise<void>) | null = null;
  /** versions emitted in this run, not yet committed */
  private readonly emitted = new Map<string, { version: number; contentHash: string }>();
  private readonly s: RunSummary;

  constructor(
    private readonly settings: RunSettings,
    private readonly hooks: RunHooks,
  ) {
    this.s = {
      runId: this.runId,
      startedAt: this.started.toISOString(),
      finishedAt: '',
      durationMs: 0,
      status: 'ok',
      exitCode: 0,
      sources: settings.sources.length,
      requested: 0,
      fetched: 0,
      notModified: 0,
      unchanged: 0,
      extracted: 0,
      new: 0,
      updated: 0,
      failed: 0,
      byReason: {},
      cancelled: 0,
      files: [],
      sinks: settings.output.sinks,
      recovered: { runs: 0, committed: 0, dropped: 0 },
      failures: [],
    };
  }

  async execute(): Promise<RunSummary> {
    const out = this.settings.output;
    const stop = (sig: string): void => {
      if (this.stopping) {
        // a second signal: leave now; the next run repairs whatever was in flight
        process.stderr.write(`newsfacts run: ${sig} again, stopping at once\n`);
        process.exit(130);
      }
      this.log.warn({ signal: sig }, 'stopping: finishing the article in flight, then flushing');
      this.stopping = true;
      this.interrupted = true;
      this.controller.abort();
    };
    const stopListening = onStopRequest(stop, this.hooks);
    const progress = startProgress(this.hooks.progress ?? true);
    try {
      this.state = new StateStore(out.stateFile);
      this.s.recovered = recoverState(this.state);
      if (this.s.recovered.runs || this.s.recovered.committed || this.s.recovered.dropped)
        this.log.info({ recovered: this.s.recovered }, 'repaired what a killed run left');
      this.state.beginRun(this.runId, this.s.startedAt);
      await this.startWork();
      await this.openSinks();

      const lookup: VersionLookup = {
        page: (url) => this.state.page(url),
        record: (id) => {
          const e = this.emitted.get(id);
          if (e) return { ...e, committed: false };
          const r = this.state.record(id);
          return r ? { ...r, committed: true } : undefined;
        },
      };
      for (const source of this.settings.sources) {
        if (this.stopping) break;
        const options: CrawlOptions = {
          ...source.crawl,
          validators: (url) => this.state.validators(url),
          signal: this.controller.signal,
        };
        await this.hooks.crawl(
          source.inputs,
          options,
          async (page) => {
            try {
              await this.onPage(page, source, lookup);
            } catch (err) {
              this.fail(err); // the state store failed: nothing more can be committed
            }
            progress.tick(this.s.extracted, this.s.failed);
          },
          (f) => {
            try {
              this.onFailure(f);
            } catch (err) {
              this.fail(err);
            }
            progress.tick(this.s.extracted, this.s.failed);
          },
        );
      }
      await this.ahead?.drain();
      await this.flush();
      // a failure recorded while crawling ends the run as one thrown here would
      if (this.fatal) this.runFile?.discard();
      else this.checkpoint();
    } catch (err) {
      this.fatal = err;
      this.runFile?.discard();
    } finally {
      progress.stop();
      stopListening();
      await this.closePool?.().catch(() => undefined);
      for (const sink of this.sinks) await sink.close().catch(() => undefined);
      this.appendFile?.close();
    }
    return this.finish();
  }

  /**
   * Loads what turns pages into outcomes: the extractors and the morphology on this thread, or a
   * pool of worker threads that load them (the extractors are not loaded here then).
   */
  private async startWork(): Promise<void> {
    const threads = this.hooks.workers ?? 1;
    if (threads > 1) {
      const { pagePool } = await import('./page-pool.js');
      const pool = pagePool(threads, currentMaxTextBytes());
      this.closePool = () => pool.close();
      this.ahead = new PagesAhead(pool, threads * 4);
      return;
    }
    const [{ processPage }] = await Promise.all([import('./article.js'), loadMorphology()]);
    this.processPage = processPage;
  }

  private async openSinks(): Promise<void> {
    const out = this.settings.output;
    for (const name of out.sinks) {
      if (name === 'sqlite') this.sinks.push(new SqliteSink(out.sqliteFile));
      else if (name === 'postgres' && out.postgres) {
        // pg loads only for a run that writes there
        const { PostgresSink } = await import('../sinks/postgres.js');
        this.sinks.push(await PostgresSink.open(out.postgres));
      } else if (name === 'stdout') this.sinks.push(new StdoutSink());
      else if (name === 'jsonl') {
        if (out.jsonlMode === 'append') {
          mkdirSync(path.dirname(out.appendFile), { recursive: true });
          this.appendFile = new AppendFileWriter(out.appendFile);
        } else this.runFile = new RunFileWriter(out.dir, this.runId);
      }
    }
  }

  private async onPage(page: FetchedPage, source: SourceSettings, lookup: VersionLookup): Promise<void> {
    if (this.stopping) {
      // arrived after a stop: not processed, so not committed; the next run fetches it again
      this.s.cancelled++;
      return;
    }
    this.s.requested++;
    if (!page.notModified) this.s.fetched++;
    if (this.ahead) {
      await this.ahead.submit(
        page,
        source,
        lookup,
        (outcome) => this.onOutcome(page, outcome),
        (err) => this.fail(err),
      );
      return;
    }
    await this.onOutcome(page, this.processPage!(page, source, lookup));
  }

  /** Counts, records or batches a page's outcome. */
  private async onOutcome(page: FetchedPage, outcome: PageOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'not-modified':
        this.s.notModified++;
        this.state.notePage(page.url, 'not-modified');
        return;
      case 'unchanged':
        this.s.unchanged++;
        if (outcome.committed)
          this.state.notePage(page.url, 'unchanged', {
            recordId: outcome.recordId,
            validators: { etag: page.etag, lastModified: page.lastModified, bodyHash: outcome.bodyHash },
          });
        return;
      case 'failed':
        this.recordFailure(page.url, outcome.reason, outcome.detail);
        return;
      case 'record': {
        const r = outcome.out.record;
        this.emitted.set(r.id, { version: r.version, contentHash: outcome.out.contentHash });
        this.s.extracted++;
        if (r.version === 1) this.s.new++;
        else this.s.updated++;
        this.batch.push({
          out: outcome.out,
          pending: {
            pageUrl: page.url,
            recordId: r.id,
            recordUrl: r.url,
            version: r.version,
            contentHash: outcome.out.contentHash,
            bodyHash: outcome.bodyHash,
            etag: page.etag,
            lastModified: page.lastModified,
            fetchedAt: page.fetchedAt,
          },
        });
        if (
          this.batch.length >= this.settings.output.batchSize ||
          Date.now() - this.lastFlush >= FLUSH_EVERY_MS
        )
          await this.flush();
      }
    }
  }

  private onFailure(f: FetchFailure): void {
    if (this.stopping && f.code === 'cancelled') return;
    this.s.requested++;
    this.recordFailure(f.url, f.code, f.reason);
  }

  private recordFailure(url: string, reason: string, detail: string): void {
    this.s.failed++;
    this.s.byReason[reason] = (this.s.byReason[reason] ?? 0) + 1;
    if (this.s.failures.length < MAX_FAILURES_LISTED) this.s.failures.push({ url, reason, detail });
    this.log.warn({ url, reason, detail }, 'page failed');
    try {
      this.state.notePage(url, 'failed', { error: `${reason}: ${detail}` });
    } catch (err) {
      this.log.error({ err: describeError(err) }, 'cannot note a failed page in the state');
    }
  }

  /** Stops the run for good: a sink or the state store failed; what is uncommitted is redone next time. */
  private fail(err: unknown): void {
    if (this.fatal) return;
    this.fatal = err;
    this.stopping = true;
    this.controller.abort();
    this.log.error({ err: describeError(err) }, 'stopping the run');
  }

  /**
   * Stops like a signal does when standard output's reader has gone (`--sink stdout | head`): the
   * batch it refused stays uncommitted, so the next run delivers it again.
   */
  private readerGone(err: OutputClosedError): void {
    if (!this.stopping) this.log.info({ err: describeError(err) }, 'stopping: the output was closed');
    this.stopping = true;
    this.interrupted = true;
    this.controller.abort();
  }

  /** Delivers the batch; serialised, and a sink failure stops the run (its records stay uncommitted). */
  private flush(): Promise<void> {
    const next = this.flushing.then(async () => {
      if (this.fatal) return;
      try {
        await this.deliver();
      } catch (err) {
        if (err instanceof OutputClosedError) this.readerGone(err);
        else this.fail(err);
      }
    });
    this.flushing = next;
    return next;
  }

  private async deliver(): Promise<void> {
    this.lastFlush = Date.now();
    const items = this.batch.splice(0);
    if (items.length === 0) return;
    if (!this.runFile) return this.deliverPart(items);
    // a per-run file holds at most checkpointEvery records: a batch that would overfill it is cut
    // where the file is full, the file is completed, and the rest starts the next file
    const every = this.settings.output.checkpointEvery;
    for (let start = 0; start < items.length;) {
      const part = items.slice(start, start + Math.max(1, every - this.runFile.pending));
      start += part.length;
      await this.deliverPart(part);
      if (this.runFile.pending >= every || Date.now() - this.lastCheckpoint >= CHECKPOINT_EVERY_MS)
        this.checkpoint();
    }
  }

  /** Delivers records that all go into one per-run file (or the append file, or no file). */
  private async deliverPart(items: readonly Item[]): Promise<void> {
    const outs = items.map((i) => i.out);
    const out = this.settings.output;
    const seg = this.runFile?.current();
    const target = seg ? 'segment:' + seg.final : this.appendFile ? 'append:' + out.appendFile : 'none';
    // 1. the intent, so that a run killed from here on can be settled by the next one
    this.state.addPending(
      items.map((i) => ({ ...i.pending, runId: this.runId, target, tmp: seg?.tmp ?? null })),
    );
    // 2. the databases (idempotent upserts), 3. the JSON Lines copy, whose delivery commits the state
    for (const sink of this.sinks) await sink.write(outs);
    if (this.runFile) {
      this.runFile.write(outs); // committed when deliver() completes the file
    } else if (this.appendFile) {
      const size = this.appendFile.write(outs);
      this.state.settle(target, undefined, { [target]: String(size) });
    } else {
      this.state.settle(target);
    }
    this.log.debug({ records: outs.length, target }, 'batch delivered');
  }

  /** Completes the current per-run file and commits its records. */
  private checkpoint(): void {
    this.lastCheckpoint = Date.now();
    if (!this.runFile) return;
    const final = this.runFile.checkpoint();
    if (!final) return;
    this.state.settle('segment:' + final);
    this.s.files.push(final);
    this.log.info({ file: final }, 'records file completed');
  }

  private finish(): RunSummary {
    const s = this.s;
    endRun(s, this.started, this.fatal, this.interrupted);
    try {
      this.state?.finishRun(this.runId, s.status, s);
    } catch (err) {
      this.log.error({ err: describeError(err) }, 'cannot record the run in the state');
    }
    this.state?.close();
    try {
      writeRunSummary(this.settings.output.dir, s);
    } catch (err) {
      this.log.error({ err: describeError(err) }, `cannot write ${SUMMARY_FILE}`);
    }
    return s;
  }
}
