// `newsfacts run`: sources in, records out, incrementally. Scheduled by cron or a systemd timer:
// a run can be killed at any moment and the next one picks up cleanly (see docs/RUNNING.md).
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { DEFAULT_MAX_TEXT_BYTES, setMaxTextBytes } from '../../document/text-check.js';
import type { RunFlags } from '../run/config.js';
import { bytesArgument } from './args.js';
import { defaultWorkers, workersArgument } from './workers.js';
import type { CliContext } from './io.js';

interface RunOptions extends RunFlags {
  config?: string;
  progress?: boolean;
  queue?: string;
  queueName?: string;
  recheck?: number;
  maxTextBytes?: number;
  workers?: number;
}

/** Commander parser for a whole-number option value. */
const int = (v: string): number => {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('Not a whole number.');
  return n;
};

/** Registers the run command. */
export function registerRun(program: Command, ctx: CliContext): void {
  program
    .command('run')
    .description(
      'fetch, parse and extract sources (URLs, feeds, sitemaps, folders) into records, incrementally',
    )
    .argument('[sources...]', 'URLs, feed or sitemap URLs, URL-list files, files or folders of saved HTML')
    .option('--config <file>', 'a sources config (JSON); see fixtures/site/newsfacts.config.json')
    .option('--out <dir>', 'output folder (records, SQLite, state, run-summary.json)')
    .option('--state <file>', 'state store file (default <out>/.newsfacts/state.sqlite)')
    .option('--sink <list>', 'comma-separated sinks: jsonl, sqlite, postgres, stdout (default jsonl,sqlite)')
    .option('--append <file>', 'one append-only JSON Lines file instead of a file per run')
    .option('--checkpoint <n>', 'records per completed JSON Lines file (default 500)', int)
    .option('--batch <n>', 'records per sink batch and commit (default 100)', int)
    .option('--sqlite <file>', 'SQLite database (default <out>/newsfacts.sqlite)')
    .option('--pg <url>', 'PostgreSQL connection URL (adds the postgres sink; default $DATABASE_URL)')
    .option('--pg-schema <name>', 'PostgreSQL schema to create and write into')
    .option('--outlet <name>', 'outlet name for every source')
    .option('--tz <zone>', 'outlet time zone: a UTC offset (+05:00) or an IANA zone (Asia/Almaty)')
    .option('--concurrency <n>', 'requests in flight at once', int)
    .option('--per-host <n>', 'requests in flight at once to one host', int)
    .option('--delay <ms>', 'between request starts to one host', int)
    .option('--timeout <ms>', 'per request', int)
    .option('--retries <n>', 'extra attempts after the first', int)
    .option('--allow-private', 'allow loopback and private addresses (a local mirror, tests)')
    .option('--no-robots', 'ignore robots.txt')
    .option('--user-agent <ua>', 'User-Agent header')
    .option('--contact <contact>', 'an e-mail or URL appended to the User-Agent')
    .option('--store <dir>', 'keep raw pages in this folder')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option(
      '--queue <url>',
      'enqueue one job per page in this Redis (redis://host:port/db) for `newsfacts worker`',
    )
    .option('--queue-name <name>', 'the queue in it (default pages)')
    .option(
      '--recheck <minutes>',
      'with --queue: a page unchanged by its feed or sitemap is checked again after this long (default 60)',
      int,
    )
    .option(
      '--max-text-bytes <n>',
      `a page whose article text is longer (in UTF-8 bytes) fails as "too-long" (default ${DEFAULT_MAX_TEXT_BYTES}: 1 MiB)`,
      bytesArgument,
    )
    .option(
      '--workers <n>',
      'worker threads that parse and extract pages, records in the same order and bytes (default: one per core)',
      workersArgument,
    )
    .action(async (sources: string[], opts: RunOptions) => {
      setMaxTextBytes(opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES);
      if (opts.queue) {
        const { enqueueCommand } = await import('../queue/command.js');
        ctx.exitCode = await enqueueCommand(sources, opts, ctx.io.stderr);
        return;
      }
      // loaded here, not at start-up, so other commands do not pay for the fetch stage and the sinks
      const [{ runSettings }, { defaultCrawl }, { LockedError }, { RUN_EXIT, runPipeline }, { summaryLine }] =
        await Promise.all([
          import('../run/config.js'),
          import('../run/crawl.js'),
          import('../run/lock.js'),
          import('../run/runner.js'),
          import('../run/summary.js'),
        ]);
      const settings = runSettings(opts.config, sources, opts);
      let summary;
      try {
        summary = await runPipeline(settings, {
          crawl: defaultCrawl(),
          progress: opts.progress !== false,
          workers: opts.workers ?? defaultWorkers(),
        });
      } catch (err) {
        if (err instanceof LockedError) {
          ctx.io.stderr.write(`newsfacts run: ${err.message}\n`);
          ctx.exitCode = RUN_EXIT.locked;
          return;
        }
        throw err;
      }
      ctx.io.stderr.write(summaryLine(summary) + '\n');
      ctx.exitCode = summary.exitCode;
    });
}
