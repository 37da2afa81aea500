// `run --workers N`: the parse and extract steps on a pool of worker threads (./page-worker.ts),
// each loading the morphology once. Loaded only when more than one thread is asked for.
import { threadPool } from '../threads.js';
import type { FetchedPage } from '../fetch/types.js';
import type { PageWork } from './pages-ahead.js';
import type { Extracted, PageOutcome, PageSource, ParsedArticle } from './page-outcome.js';
import type { PageTask } from './page-worker.js';

/** PageWork on `threads` worker threads, with the text size limit `maxTextBytes`. */
export function pagePool(threads: number, maxTextBytes: number): PageWork & { close(): Promise<void> } {
  const pool = threadPool<PageTask, ParsedArticle | PageOutcome | Extracted>(
    import.meta.url,
    'page-worker',
    threads,
  );
  const plain = (source: PageSource): PageSource => ({ outlet: source.outlet, timezone: source.timezone });
  return {
    read: (page: FetchedPage, source, bodyHash) =>
      pool.run({ kind: 'read', page, source: plain(source), bodyHash, maxTextBytes }) as Promise<
        ParsedArticle | PageOutcome
      >,
    extract: (article, source) =>
      pool.run({ kind: 'extract', article, source: plain(source) }) as Promise<Extracted>,
    close: () => pool.close(),
  };
}
