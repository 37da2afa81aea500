// The newsfacts command line as a function: argv and streams in, exit code out. bin/cli.ts gives
// it the process's streams; tests give it their own and run it in-process.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { describeError, isClosedOutput, NewsfactsError } from '../../document/errors.js';
import { EXIT } from './io.js';
import type { CliContext, CliIO } from './io.js';
import { setLogDestination, setLogLevel } from '../log.js';
import { logLevelArgument } from './args.js';
import { registerExtract } from './extract.js';
import { registerQueue } from './queue.js';
import { registerReview } from './review.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';
import { registerWorker } from './worker.js';

export { EXIT } from './io.js';
export type { CliIO } from './io.js';

/** The version in package.json (compiled code runs from dist/, package.json stays at the root). */
function packageVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'newsfacts' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

/** Runs the command line `argv` (without node and the script) and resolves with its exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const ctx: CliContext = { io, exitCode: null, outputClosed: false };
  const onOutputError = (err: unknown): void => {
    // EPIPE arrives as an 'error' event too: without a listener it is an uncaught exception
    if (isClosedOutput(err)) ctx.outputClosed = true;
  };
  io.stdout.on('error', onOutputError);
  setLogDestination(io.stderr === process.stderr ? null : io.stderr);
  const program = new Command();
  program
    .name('newsfacts')
    .description('Russian-language news in, structured reviewable facts out')
    .version(packageVersion(), '--version', 'print the version and exit (also -V, given alone)')
    .option(
      '--log-level <level>',
      'fatal, error, warn, info, debug, trace or silent (logs go to stderr as JSON lines)',
      logLevelArgument,
      'warn',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`newsfacts: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError()
    .hook('preAction', (cmd) => setLogLevel(String(cmd.opts()['logLevel'] ?? 'warn')));
  registerExtract(program, ctx);
  registerRun(program, ctx);
  registerReview(program);
  registerServe(program, ctx);
  registerWorker(program, ctx);
  registerQueue(program, ctx);

  const before = process.exitCode;
  try {
    // -V is the version only given alone: as a program option commander would read it anywhere,
    // also out of an option's value ("--title -Vx" printed the version)
    const args = argv.length === 1 && argv[0] === '-V' ? ['--version'] : [...argv];
    await program.parseAsync(args, { from: 'user' });
    // review (pipeline/cli/review.ts) still reports through process.exitCode
    const set = process.exitCode !== before ? Number(process.exitCode) : null;
    return ctx.exitCode ?? set ?? EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with 0; every other commander error is bad usage, already printed
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isClosedOutput(err)) return ctx.exitCode ?? EXIT.ok;
    io.stderr.write(`newsfacts: ${describeError(err)}\n`);
    return err instanceof NewsfactsError && err.code === 'input' ? EXIT.usage : EXIT.fatal;
  } finally {
    io.stdout.off('error', onOutputError);
    if (process.exitCode !== before) process.exitCode = before;
  }
}
