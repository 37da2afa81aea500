// `run SOURCES --queue URL`: the run command's settings, the shared state, the lock, the summary line.
import { InputError } from '../../document/errors.js';
import { runSettings } from '../run/config.js';
import type { RunFlags } from '../run/config.js';
import { defaultCrawl } from '../run/crawl.js';
import { LockedError } from '../run/lock.js';
import { RUN_EXIT } from '../run/runner.js';
import { SqliteSharedState } from '../state/shared.js';
import type { SharedState } from '../state/shared.js';
import { checkQueueName, DEFAULT_QUEUE_NAME, redisOptions } from './connection.js';
import { enqueueRun, enqueueSummaryLine } from './enqueue.js';

/** The run command's flags that matter here. */
export interface EnqueueFlags extends RunFlags {
  config?: string;
  queue?: string;
  queueName?: string;
  /** minutes */
  recheck?: number;
}

/** Discovers the sources' pages into the queue; resolves with the exit code. */
export async function enqueueCommand(
  sources: string[],
  flags: EnqueueFlags,
  stderr: { write(s: string): unknown },
): Promise<number> {
  const url = flags.queue ?? '';
  redisOptions(url); // a bad URL is a usage error before anything runs
  const name = checkQueueName(flags.queueName ?? DEFAULT_QUEUE_NAME);
  const settings = runSettings(flags.config, sources, flags);
  const pg = settings.output.postgres;
  if (!pg && !flags.out && !flags.state && !flags.config)
    throw new InputError(
      '--queue needs the state its workers share: --pg URL (PostgreSQL, any number of machines), or --out DIR or --state FILE (SQLite, one machine)',
    );
  let state: SharedState;
  if (pg) {
    const { PostgresState } = await import('../state/postgres.js');
    state = await PostgresState.open(pg, 2);
  } else {
    const { mkdirSync } = await import('node:fs');
    const path = await import('node:path');
    mkdirSync(path.dirname(settings.output.stateFile), { recursive: true });
    state = new SqliteSharedState(settings.output.stateFile);
  }
  try {
    const summary = await enqueueRun(settings, {
      target: { url, name },
      state,
      crawl: defaultCrawl(),
      recheckMs: (flags.recheck ?? 60) * 60_000,
      summaryDir: flags.out || flags.config ? settings.output.dir : null,
    });
    stderr.write(enqueueSummaryLine(summary) + '\n');
    return summary.exitCode;
  } catch (err) {
    if (err instanceof LockedError) {
      stderr.write(`newsfacts run: ${err.message}\n`);
      return RUN_EXIT.locked;
    }
    throw err;
  } finally {
    await state.close();
  }
}
