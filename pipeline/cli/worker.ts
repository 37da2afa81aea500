// `newsfacts worker`: takes page jobs from a queue filled by `run --queue` and turns them into
// records, on any number of machines at once (see pipeline/queue/README.md and docs/RUNNING.md).
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { InputError } from '../../document/errors.js';
import { DEFAULT_MAX_TEXT_BYTES, setMaxTextBytes } from '../../document/text-check.js';
import { bytesArgument } from './args.js';
import type { CliContext } from './io.js';

interface WorkerFlags {
  queue: string;
  queueName: string;
  pg?: string;
  pgSchema?: string;
  out?: string;
  state?: string;
  sink?: string;
  concurrency: number;
  stalledMs: number;
  hostWait: number;
  untilEmpty?: boolean;
  maxTextBytes?: number;
}

/** Commander parser for a whole number of at least 1. */
const positive = (v: string): number => {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('Not a whole number of at least 1.');
  return n;
};

const SINKS = ['postgres', 'jsonl', 'sqlite'] as const;
type WorkerSink = (typeof SINKS)[number];

/** The worker's sinks and state from its flags: --pg for PostgreSQL, --out for files, --sink to choose. */
export function workerOutput(flags: Pick<WorkerFlags, 'pg' | 'pgSchema' | 'out' | 'state' | 'sink'>): {
  pg: { url: string; schema: string | null } | null;
  dir: string | null;
  sinks: WorkerSink[];
  stateFile: string | null;
} {
  const pgUrl = flags.pg ?? process.env['DATABASE_URL'] ?? null;
  const dir = flags.out ? path.resolve(flags.out) : null;
  let sinks: WorkerSink[] = [
    ...(pgUrl ? (['postgres'] as const) : []),
    ...(dir ? (['jsonl', 'sqlite'] as const) : []),
  ];
  if (flags.sink) {
    const list = flags.sink
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((s) => !(SINKS as readonly string[]).includes(s));
    if (bad.length)
      throw new InputError(`--sink: unknown sink(s) ${bad.join(', ')} (postgres, jsonl, sqlite)`);
    sinks = list as WorkerSink[];
  }
  if (sinks.includes('postgres') && !pgUrl)
    throw new InputError('the postgres sink needs --pg URL or $DATABASE_URL');
  if ((sinks.includes('jsonl') || sinks.includes('sqlite')) && !dir)
    throw new InputError('the jsonl and sqlite sinks need --out DIR');
  if (sinks.length === 0) throw new InputError('give --pg URL (PostgreSQL, many machines) and/or --out DIR');
  const stateFile = pgUrl
    ? null
    : flags.state
      ? path.resolve(flags.state)
      : dir
        ? path.join(dir, '.newsfacts', 'state.sqlite')
        : null;
  return { pg: pgUrl ? { url: pgUrl, schema: flags.pgSchema ?? null } : null, dir, sinks, stateFile };
}

/** Registers the worker command. */
export function registerWorker(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('take page jobs from a queue (filled by `run --queue`): fetch, parse, extract, emit')
    .requiredOption('--queue <url>', 'the Redis holding the queue: redis://host:port/db')
    .option('--queue-name <name>', 'the queue in it', 'pages')
    .option('--pg <url>', 'PostgreSQL: the sink and the shared per-URL state (default $DATABASE_URL)')
    .option('--pg-schema <name>', 'PostgreSQL schema to create and write into')
    .option('--out <dir>', 'a folder for JSON Lines (a file per worker process) and SQLite')
    .option('--state <file>', 'SQLite state file without --pg (default <out>/.newsfacts/state.sqlite)')
    .option(
      '--sink <list>',
      'comma-separated: postgres, jsonl, sqlite (default: postgres with --pg, jsonl,sqlite with --out)',
    )
    .option('--concurrency <n>', 'jobs in flight at once in this process', positive, 8)
    .option(
      '--stalled-ms <ms>',
      'a job whose worker is silent this long goes back to the queue',
      positive,
      30000,
    )
    .option(
      '--host-wait <ms>',
      'how long a job waits here for its host before going back to the queue',
      positive,
      3000,
    )
    .option('--until-empty', 'exit once no job is waiting, delayed or running')
    .option(
      '--max-text-bytes <n>',
      `as run: a page whose article text is longer (UTF-8 bytes) fails as "too-long" (default ${DEFAULT_MAX_TEXT_BYTES})`,
      bytesArgument,
    )
    .action(async (flags: WorkerFlags) => {
      setMaxTextBytes(flags.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES);
      const [{ runWorker, workerSummaryLine }, { checkQueueName, redisOptions }] = await Promise.all([
        import('../queue/worker.js'),
        import('../queue/connection.js'),
      ]);
      redisOptions(flags.queue); // a bad URL is a usage error before anything connects
      const summary = await runWorker({
        target: { url: flags.queue, name: checkQueueName(flags.queueName) },
        output: workerOutput(flags),
        concurrency: flags.concurrency,
        stalledMs: flags.stalledMs,
        hostWaitMs: flags.hostWait,
        untilEmpty: flags.untilEmpty === true,
      });
      ctx.io.stderr.write(workerSummaryLine(summary) + '\n');
      ctx.exitCode = summary.exitCode;
    });
}
