import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { expect, test } from '@jest/globals';
import { Metrics } from './metrics.js';
import { poolRunner, WORKER_YOUNG_GENERATION_MB } from './runner.js';

const MB = 1024 * 1024;

/** The heap limit of a plain worker thread made now (no resource limits of its own). */
function plainWorkerHeapLimit(): Promise<number> {
  const code = `require('worker_threads').parentPort.postMessage(require('v8').getHeapStatistics().heap_size_limit)`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true });
    w.once('message', (n: number) => void w.terminate().then(() => resolve(n)));
    w.once('error', reject);
  });
}

test('a worker thread gets its own young generation, whatever --max-semi-space-size the process has', async () => {
  setFlagsFromString('--max-semi-space-size=64'); // as bin/newsfacts starts every command
  const plain = await plainWorkerHeapLimit();
  const runner = await poolRunner(2, 8);
  try {
    const memory = await runner.memory();
    // each thread sampled once, by one task each
    expect(new Set(memory.map((m) => m.thread)).size).toBe(2);
    for (const m of memory) {
      expect(m.heapUsed).toBeGreaterThan(10 * MB); // the morphology is loaded
      // 3 × 64 MB of young generation under the flag, WORKER_YOUNG_GENERATION_MB with the limit
      expect((plain - m.heapLimit) / MB).toBeGreaterThanOrEqual(3 * 64 - WORKER_YOUNG_GENERATION_MB - 16);
    }
  } finally {
    await runner.close();
    setFlagsFromString('--max-semi-space-size=0');
  }
}, 60_000);

test("metrics show each thread's memory when given (under --expose-gc)", () => {
  const text = new Metrics().text({
    queued: 0,
    threads: 1,
    memory: [
      { thread: 0, heapUsed: 1, heapTotal: 2, external: 3, arrayBuffers: 4, heapLimit: 5, collected: true },
      { thread: 2, heapUsed: 6, heapTotal: 7, external: 8, arrayBuffers: 9, heapLimit: 10, collected: true },
    ],
  });
  expect(text).toContain('newsfacts_debug_heap_used_bytes{thread="0"} 1\n');
  expect(text).toContain('newsfacts_debug_heap_limit_bytes{thread="2"} 10\n');
  expect(new Metrics().text({ queued: 0, threads: 1 })).not.toContain('newsfacts_debug_');
});
