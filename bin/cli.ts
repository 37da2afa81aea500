// The newsfacts command line: one subcommand per job.
import { Command } from 'commander';
import { registerExtract } from '../pipeline/cli/extract.js';
import { registerReview } from '../pipeline/cli/review.js';
import { registerRun } from '../pipeline/cli/run.js';
import { describeError, NewsfactsError } from '../document/errors.js';
import { setLogLevel } from '../pipeline/log.js';

/** Exit codes that cron and systemd can act on. */
export const EXIT = { ok: 0, usage: 2, partial: 3, fatal: 1, locked: 75 } as const;

const program = new Command();
program
  .name('newsfacts')
  .description('Russian-language news in, structured reviewable facts out')
  .option(
    '--log-level <level>',
    'fatal, error, warn, info, debug or trace (logs go to stderr as JSON lines)',
    'warn',
  )
  .hook('preAction', (cmd) => setLogLevel(String(cmd.opts()['logLevel'] ?? 'warn')));
registerExtract(program);
registerRun(program);
registerReview(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`newsfacts: ${describeError(err)}\n`);
  process.exitCode = err instanceof NewsfactsError && err.code === 'input' ? EXIT.usage : EXIT.fatal;
}
