// extractMany over worker threads: a pool whose threads each load the morphology once and extract
// whole articles (./many-worker.ts). Imported only when more than one thread is asked for.
import { threadPool } from '../threads.js';
import type { ManyOutcome } from './many-outcome.js';

/** Articles to outcomes on worker threads. */
export interface ManyPool {
  run(article: unknown): Promise<ManyOutcome>;
  close(): Promise<void>;
}

export function manyPool(threads: number): ManyPool {
  const pool = threadPool<unknown, ManyOutcome>(import.meta.url, 'many-worker', threads);
  return {
    run: (article) => {
      // checked here: piscina throws a clone failure outside the task's promise
      let data: unknown;
      try {
        data = structuredClone(article);
      } catch {
        const message = 'the article is not plain data (it cannot be sent to a worker thread)';
        return Promise.resolve({
          error: { name: 'FieldError', code: 'input', message, field: 'article', problem: 'type' },
        });
      }
      return pool.run(data);
    },
    close: () => pool.close(),
  };
}
