// What a subcommand runs with: its streams, its exit code, and writing to stdout that a closed
// pipe (`newsfacts ... | head`) ends quietly.
import { isClosedOutput } from '../../document/errors.js';

/** Exit codes that cron and systemd can act on (README "Exit codes"). */
export const EXIT = { ok: 0, usage: 2, partial: 3, fatal: 1, locked: 75 } as const;

/** The streams a command reads and writes. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** What a subcommand's action gets besides its options: the streams, and where to put its exit code. */
export interface CliContext {
  io: CliIO;
  exitCode: number | null;
  /** set once standard output's reader has gone (EPIPE): write no more, exit quietly */
  outputClosed: boolean;
}

/** Writes to the context's stdout; false (and nothing written) once the reader has gone. */
export function writeOut(ctx: CliContext, text: string): Promise<boolean> {
  if (ctx.outputClosed) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    ctx.io.stdout.write(text, (err) => {
      if (!err) return resolve(true);
      if (isClosedOutput(err)) {
        ctx.outputClosed = true;
        resolve(false);
      } else reject(err);
    });
  });
}
