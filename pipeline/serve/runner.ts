// Where tasks run: a piscina pool of worker threads (so one long article never blocks the others,
// and a task over the time limit is stopped by ending its thread), or in-process for --workers 0.
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { workerModule } from '../threads.js';
import { ServeError } from './errors.js';
import { memoryBarrier } from './memory.js';
import type { MemoryTask, ThreadMemory } from './memory.js';
import { runTask } from './task.js';
import type { Task, TaskResult } from './task.js';

/** Runs tasks; `run` rejects with a ServeError (504 timeout, 503 busy) when a task cannot finish. */
export interface Runner {
  /** worker threads; 0 when tasks run in-process */
  readonly threads: number;
  run(task: Task, timeoutMs: number): Promise<TaskResult>;
  /** tasks waiting for a thread */
  queued(): number;
  /** each worker thread's memory (after a full collection under --expose-gc); none in-process */
  memory(): Promise<ThreadMemory[]>;
  close(): Promise<void>;
}

/**
 * Each worker thread's young generation, in MB: V8's default size (two 16 MB semi-spaces and their
 * large-object space), whatever --max-semi-space-size bin/newsfacts gives the whole process for batch
 * extraction. With 64 MB there, each thread's young generation grew to about 134 MB in the service,
 * half of the server's resident memory with 2 workers, for no CPU saved per request that the load
 * test could see (bench/serve-load.ts, README "Service"). bin/newsfacts has used 32 MB since; 48 MB
 * vs 96 MB here was not measured apart on a quiet machine.
 */
export const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * Lets the workers' resourceLimits apply: V8 reads --max-semi-space-size when it creates each
 * thread's heap and lets the flag win over the limits, so it is unset (0) before the workers are
 * made. Threads made earlier, the server's own among them, keep the size they started with.
 */
function unsetSemiSpaceFlag(): void {
  setFlagsFromString('--max-semi-space-size=0');
}

const timedOut = (ms: number): ServeError =>
  new ServeError(504, 'timeout', `the article took longer than the time limit (${ms} ms)`);

/** A pool of `threads` worker threads with up to `maxQueue` tasks waiting; warmed before it returns. */
export async function poolRunner(threads: number, maxQueue: number): Promise<Runner> {
  const { filename, execArgv } = workerModule(import.meta.url, 'worker');
  unsetSemiSpaceFlag();
  const pool = new Piscina({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    idleTimeout: 2 ** 31 - 1,
    // a thread replaced after a time-out gets the same limits
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  // load the morphology in every thread before the first request: one warm task per thread
  await Promise.all(Array.from({ length: threads }, () => pool.run({ kind: 'warm' } satisfies Task)));
  return {
    threads,
    async run(task, timeoutMs) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        return (await pool.run(task, { signal: abort.signal })) as TaskResult;
      } catch (err) {
        if (abort.signal.aborted) throw timedOut(timeoutMs);
        if (err instanceof Error && /queue is at limit/i.test(err.message))
          throw new ServeError(503, 'busy', 'too many articles waiting; retry later', undefined, {
            cause: err,
          });
        throw err;
      } finally {
        clearTimeout(timer);
      }
    },
    queued: () => pool.queueSize,
    async memory() {
      // one task per thread, sent together: each waits for the others, so every thread takes one
      const barrier = memoryBarrier(threads);
      const task: MemoryTask = { kind: 'memory', barrier };
      const all = await Promise.all(Array.from({ length: threads }, () => pool.run(task)));
      return (all as ThreadMemory[]).sort((a, b) => a.thread - b.thread);
    },
    close: () => pool.destroy(),
  };
}

/** Runs tasks on the server's own thread: no pool, and a long article holds the others up. */
export async function inProcessRunner(): Promise<Runner> {
  await runTask({ kind: 'warm' });
  return {
    threads: 0,
    async run(task, timeoutMs) {
      const t0 = performance.now();
      const result = await runTask(task);
      // a synchronous task cannot be stopped midway; one over the limit is still refused
      if (performance.now() - t0 > timeoutMs) throw timedOut(timeoutMs);
      return result;
    },
    queued: () => 0,
    memory: () => Promise.resolve([]),
    close: () => Promise.resolve(),
  };
}
