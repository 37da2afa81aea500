// Standard output sink: one record per line, for pipes (`newsfacts run ... --sink stdout | jq`).
import { isClosedOutput, OutputClosedError } from '../../document/errors.js';
import type { OutRecord, Sink } from './types.js';

/**
 * Writes records as JSON Lines to a stream (standard output by default). A batch resolves only
 * once the stream has taken it (its write callback), so the runner commits only what was written;
 * when the reader has gone (`| head`), every later batch rejects with an OutputClosedError.
 */
export class StdoutSink implements Sink {
  readonly name = 'stdout';
  private closedBy: unknown = null;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    // without a listener an EPIPE is an uncaught exception with a stack trace
    stream.on('error', (err: unknown) => {
      this.closedBy ??= err;
    });
  }

  write(batch: readonly OutRecord[]): Promise<void> {
    if (this.closedBy) return Promise.reject(this.closedError(this.closedBy));
    if (batch.length === 0) return Promise.resolve();
    const chunk = batch.map((o) => o.line + '\n').join('');
    return new Promise((resolve, reject) => {
      this.stream.write(chunk, (err) => {
        if (!err) return resolve();
        this.closedBy ??= err;
        reject(isClosedOutput(err) ? this.closedError(err) : err);
      });
    });
  }

  private closedError(cause: unknown): Error {
    return isClosedOutput(cause)
      ? new OutputClosedError('standard output was closed by its reader', { cause })
      : cause instanceof Error
        ? cause
        : new Error(String(cause));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
