// extractMany over worker threads: a piscina pool whose threads each load the morphology once and
// extract whole articles (./many-worker.ts). Imported only when more than one thread is asked for.
import { Piscina } from 'piscina';
import { workerModule } from '../worker-module.js';
import type { ManyOutcome } from './many-outcome.js';

/** Articles to outcomes on `threads` worker threads. */
export interface ManyPool {
  run(article: unknown): Promise<ManyOutcome>;
  close(): Promise<void>;
}

export function manyPool(threads: number): ManyPool {
  const pool = new Piscina({
    ...workerModule(import.meta.url, 'many-worker'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 2 ** 31 - 1,
  });
  // a thread that fails outside a task (its module cannot load) fails the tasks after it
  let failure: Error | null = null;
  let closed = false;
  pool.on('error', (err: unknown) => {
    if (!closed) failure ??= err instanceof Error ? err : new Error(String(err));
  });
  return {
    run: async (article) => {
      if (failure) throw failure;
      // checked here: piscina throws a clone failure outside the task's promise
      let data: unknown;
      try {
        data = structuredClone(article);
      } catch {
        const message = 'the article is not plain data (it cannot be sent to a worker thread)';
        return { error: { name: 'FieldError', code: 'input', message, field: 'article', problem: 'type' } };
      }
      return (await pool.run(data)) as ManyOutcome;
    },
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
