// `extract --jsonl` over worker threads: a pool whose threads each load the morphology once and turn
// one article into its output line (./extract-worker.ts). Loaded only when more than one thread is
// asked for; ./workers.ts hands the results back in input order.
import type { ArticleInput } from '../extract/extract.js';
import { threadPool } from '../threads.js';
import type { LineOutcome } from './extract-line.js';

/** Turns articles into output lines on worker threads. */
export interface LinePool {
  readonly threads: number;
  run(article: ArticleInput, maxTextBytes: number): Promise<LineOutcome>;
  close(): Promise<void>;
}

/** A pool of `threads` worker threads, each loading the morphology once. */
export function linePool(threads: number): LinePool {
  const pool = threadPool<{ article: ArticleInput; maxTextBytes: number }, LineOutcome>(
    import.meta.url,
    'extract-worker',
    threads,
  );
  return {
    threads,
    run: (article, maxTextBytes) => pool.run({ article, maxTextBytes }),
    close: () => pool.close(),
  };
}
