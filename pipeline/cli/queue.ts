// `newsfacts queue status`: a queue's counts, per-source outcomes, stalled jobs and failures.
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import type { CliContext } from './io.js';

interface StatusFlags {
  queue: string;
  queueName: string;
  failed: number;
  retryFailed?: boolean;
  json?: boolean;
}

const whole = (v: string): number => {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('Not a whole number.');
  return n;
};

/** Registers the queue command and its subcommands. */
export function registerQueue(program: Command, ctx: CliContext): void {
  const queue = program
    .command('queue')
    .description('look after a queue of page jobs (see `run --queue`, `worker`)');
  queue
    .command('status')
    .description(
      'waiting, active, delayed, failed and completed jobs, per-source outcomes, failed jobs with reasons',
    )
    .requiredOption('--queue <url>', 'the Redis holding the queue: redis://host:port/db')
    .option('--queue-name <name>', 'the queue in it', 'pages')
    .option('--failed <n>', 'failed jobs to list', whole, 20)
    .option('--retry-failed', 'first put every failed job back to wait')
    .option('--json', 'print the status as one JSON object')
    .action(async (flags: StatusFlags) => {
      const [{ queueStatus, statusLines }, { checkQueueName, redisOptions }] = await Promise.all([
        import('../queue/status.js'),
        import('../queue/connection.js'),
      ]);
      redisOptions(flags.queue);
      const status = await queueStatus(
        { url: flags.queue, name: checkQueueName(flags.queueName) },
        { failedListed: flags.failed, retryFailed: flags.retryFailed === true },
      );
      ctx.io.stdout.write(flags.json ? JSON.stringify(status) + '\n' : statusLines(status).join('\n') + '\n');
      ctx.exitCode = 0;
    });
}
