// Memory of one thread (the server's or a worker's), for telling a leak from heaps that V8 lets grow:
// heap used after a forced collection is what is really kept. A collection can be forced only when
// node runs with --expose-gc (the load test does; a deployment does not), so these figures appear
// in GET /metrics only then.
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';

/** One thread's memory, in bytes. */
export interface ThreadMemory {
  /** node's thread id: 0 for the server's thread */
  thread: number;
  /** heap in use (after a full collection when `collected`) */
  heapUsed: number;
  /** heap reserved by V8, young and old generations together */
  heapTotal: number;
  /** memory of C++ objects bound to JavaScript ones (Buffers among them) */
  external: number;
  /** ArrayBuffers and Buffers, included in `external` */
  arrayBuffers: number;
  /** the most V8 lets this thread's heap take: old generation limit plus young generation size */
  heapLimit: number;
  /** whether a full collection ran just before */
  collected: boolean;
}

/** What a worker is asked for a memory sample: `barrier` holds each thread until all have one. */
export interface MemoryTask {
  kind: 'memory';
  /** an Int32Array's buffer: [tasks arrived, threads expected] */
  barrier: SharedArrayBuffer;
}

/** Whether node was started with --expose-gc (then `globalThis.gc` forces a full collection). */
export function canCollect(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** This thread's memory, after a full collection when node allows one. */
export function threadMemory(): ThreadMemory {
  const collected = canCollect();
  if (collected) (globalThis as unknown as { gc: () => void }).gc();
  const m = process.memoryUsage();
  return {
    thread: threadId,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    heapLimit: getHeapStatistics().heap_size_limit,
    collected,
  };
}

/** A new barrier for `threads` memory tasks. */
export function memoryBarrier(threads: number): SharedArrayBuffer {
  const barrier = new SharedArrayBuffer(8);
  new Int32Array(barrier)[1] = threads;
  return barrier;
}

/**
 * A worker's answer to a MemoryTask. It waits (up to `waitMs`) until every thread has taken one of
 * the tasks sent together, so that no thread takes two and each thread is sampled once.
 */
export function memoryTask(task: MemoryTask, waitMs = 2000): ThreadMemory {
  const cells = new Int32Array(task.barrier);
  const expected = Atomics.load(cells, 1);
  const arrived = Atomics.add(cells, 0, 1) + 1;
  if (arrived >= expected) Atomics.notify(cells, 0);
  else {
    const until = performance.now() + waitMs;
    for (let n = arrived; n < expected && performance.now() < until; n = Atomics.load(cells, 0))
      Atomics.wait(cells, 0, n, Math.max(1, until - performance.now()));
  }
  return threadMemory();
}
