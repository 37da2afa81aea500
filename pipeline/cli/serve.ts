// `newsfacts serve`: the HTTP service (pipeline/serve/) until SIGTERM or SIGINT, which stop it
// accepting, let what is in flight finish, and end the command with exit code 0.
import { defaultWorkers } from '../default-workers.js';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { InputError } from '../../document/errors.js';
import { getLogger } from '../log.js';
import { EXIT } from './io.js';
import type { CliContext } from './io.js';

interface ServeCliOptions {
  host: string;
  port: number;
  workers?: number;
  token?: string;
  bodyLimit: number;
  timeout: number;
}

/** Commander parser for a whole number from `min` to `max`. */
function intArgument(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`Give a whole number from ${min} to ${max}`);
    return n;
  };
}

/** Registers the serve command. */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(
      'serve extraction over HTTP: POST /v1/extract, /v1/extract/html, /v1/extract/batch (see pipeline/serve/README.md)',
    )
    .option('--host <host>', 'address to listen on; other than loopback needs a token', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', intArgument(0, 65535), 8080)
    .option(
      '--workers <n>',
      'worker threads (default: one per core, at most 8, or $NEWSFACTS_WORKERS; 0: extract in-process)',
      intArgument(0, 256),
    )
    .option('--token <token>', 'bearer token every route but /healthz requires (default: $NEWSFACTS_TOKEN)')
    .option(
      '--body-limit <bytes>',
      'largest request body, and largest batch line',
      intArgument(1, 2 ** 31),
      2 * 1024 * 1024,
    )
    .option('--timeout <ms>', 'time limit per article', intArgument(1, 2 ** 31 - 1), 30_000)
    .action(async (opts: ServeCliOptions) => {
      // the environment is read here, when serving, never when the library is imported
      const token = opts.token ?? (process.env['NEWSFACTS_TOKEN'] || null);
      // fastify and piscina load only for this command, not for every run of the command line
      const { isLoopback, startServer } = await import('../serve/server.js');
      if (!isLoopback(opts.host) && !token)
        throw new InputError(
          `listening on ${opts.host} (not loopback) needs a token: --token or NEWSFACTS_TOKEN`,
        );
      const workers = opts.workers ?? defaultWorkers();
      const server = await startServer({
        host: opts.host,
        port: opts.port,
        workers,
        token,
        bodyLimit: opts.bodyLimit,
        timeoutMs: opts.timeout,
        logger: getLogger(),
      });
      ctx.io.stderr.write(
        `newsfacts: serving on ${server.url} (${workers ? `${workers} worker thread${workers === 1 ? '' : 's'}` : 'in-process'}${token ? ', token required' : ''})\n`,
      );
      await new Promise<void>((resolve, reject) => {
        const stop = (signal: NodeJS.Signals): void => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          ctx.io.stderr.write(`newsfacts: ${signal}: finishing requests in flight, then stopping\n`);
          server.close().then(resolve, reject);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
      ctx.exitCode = EXIT.ok;
    });
}
