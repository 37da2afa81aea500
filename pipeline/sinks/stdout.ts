// Standard output sink: one record per line, for pipes (`newsfacts run ... --sink stdout | jq`).
import type { OutRecord, Sink } from './types.js';

/** Writes records as JSON Lines to a stream (standard output by default), honouring backpressure. */
export class StdoutSink implements Sink {
  readonly name = 'stdout';
  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {}

  write(batch: readonly OutRecord[]): Promise<void> {
    if (batch.length === 0) return Promise.resolve();
    const chunk = batch.map((o) => o.line + '\n').join('');
    return new Promise((resolve, reject) => {
      const ok = this.stream.write(chunk, (err) => (err ? reject(err) : undefined));
      if (ok) resolve();
      else this.stream.once('drain', () => resolve());
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
