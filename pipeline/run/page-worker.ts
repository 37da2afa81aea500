// The piscina worker of `run --workers N`: parses a page or extracts a parsed article, the same
// steps `run` takes on its main thread (./article.ts). The morphology loads on the thread's first
// article (a top-level await in a worker's entry module fails when it runs from source through tsx).
import { loadMorphology } from '../../document/analyse/index.js';
import type { FetchedPage } from '../fetch/types.js';
import { extractArticle, readArticle } from './article.js';
import type { Extracted, PageOutcome, PageSource, ParsedArticle } from './page-outcome.js';

/** One step for a thread. */
export type PageTask =
  | { kind: 'read'; page: FetchedPage; source: PageSource; bodyHash: string; maxTextBytes: number }
  | { kind: 'extract'; article: ParsedArticle; source: PageSource };

/** Piscina's entry point. */
export default async function work(task: PageTask): Promise<ParsedArticle | PageOutcome | Extracted> {
  if (task.kind === 'read') {
    // bytes arrive as a plain Uint8Array; the parser reads them as a Buffer
    const b = task.page.body as Uint8Array;
    const page = { ...task.page, body: Buffer.from(b.buffer, b.byteOffset, b.byteLength) };
    return readArticle(page, task.source, task.bodyHash, task.maxTextBytes);
  }
  await loadMorphology();
  return extractArticle(task.article, task.source);
}
