// `extract --jsonl` over worker threads: a piscina pool whose threads each load the morphology once
// and turn one article into its output line (./extract-worker.ts). Loaded only when more than one
// thread is asked for; ./workers.ts hands the results back in input order.
import { Piscina } from 'piscina';
import type { ArticleInput } from '../extract/extract.js';
import { workerModule } from '../worker-module.js';
import type { LineOutcome } from './extract-line.js';

/** Turns articles into output lines on worker threads. */
export interface LinePool {
  readonly threads: number;
  run(article: ArticleInput, maxTextBytes: number): Promise<LineOutcome>;
  close(): Promise<void>;
}

/** A pool of `threads` worker threads, each loading the morphology once when it starts. */
export function linePool(threads: number): LinePool {
  const pool = new Piscina({
    ...workerModule(import.meta.url, 'extract-worker'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 2 ** 31 - 1,
  });
  // a thread that fails outside a task fails the tasks after it; once closed, late events are dropped
  let failure: Error | null = null;
  let closed = false;
  pool.on('error', (err: unknown) => {
    if (!closed) failure ??= err instanceof Error ? err : new Error(String(err));
  });
  return {
    threads,
    run: (article, maxTextBytes) =>
      failure ? Promise.reject(failure) : (pool.run({ article, maxTextBytes }) as Promise<LineOutcome>),
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
