// The stdout sink under a reader that goes away (`newsfacts run ... --sink stdout | head -c 100`).
import { describe, expect, test } from '@jest/globals';
import { Writable } from 'node:stream';
import { OutputClosedError } from '../../document/errors.js';
import { StdoutSink } from './stdout.js';
import { sampleRecord } from './test-records.js';

/** A pipe whose reader takes `accept` writes, then goes away: EPIPE, like a closed `head`. */
function pipeClosingAfter(accept: number): { stream: Writable; taken: string[] } {
  const taken: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb): void {
      if (taken.length >= accept) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }));
        return;
      }
      taken.push(chunk.toString());
      setImmediate(cb); // the write completes later, as it does on a real pipe
    },
  });
  return { stream, taken };
}

describe('StdoutSink', () => {
  test('a batch resolves once written; after the reader has gone, every batch rejects with OutputClosedError', async () => {
    const { stream, taken } = pipeClosingAfter(1);
    const sink = new StdoutSink(stream);
    await sink.write([sampleRecord(1)]);
    expect(taken).toHaveLength(1);
    // no uncaught 'error' event: the sink listens, and the rejection is typed, with its cause
    const second = sink.write([sampleRecord(2)]);
    await expect(second).rejects.toBeInstanceOf(OutputClosedError);
    await expect(second).rejects.toMatchObject({ cause: { code: 'EPIPE' } });
    await expect(sink.write([sampleRecord(3)])).rejects.toBeInstanceOf(OutputClosedError);
    expect(taken).toHaveLength(1);
  });

  test('a write that has not completed is not delivered yet', async () => {
    let complete: (() => void) | null = null;
    const stream = new Writable({
      write(_chunk: Buffer, _enc, cb): void {
        complete = () => cb();
      },
    });
    let delivered = false;
    const p = new StdoutSink(stream).write([sampleRecord(1)]).then(() => (delivered = true));
    await new Promise((r) => setImmediate(r));
    expect(delivered).toBe(false);
    (complete as (() => void) | null)?.();
    await p;
    expect(delivered).toBe(true);
  });
});
