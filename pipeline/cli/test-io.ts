// For tests: run the command line in-process over given argv and stdin bytes, capturing its output.
import { Readable, Writable } from 'node:stream';
import { main } from './main.js';

/** What one in-process command line run gave. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb): void {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      cb();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `newsfacts ...argv` in this process with `stdin` as standard input. */
export async function runCli(argv: readonly string[], stdin: string | Uint8Array = ''): Promise<CliResult> {
  const out = collector();
  const err = collector();
  const input = Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]);
  const code = await main(argv, { stdin: input, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}
