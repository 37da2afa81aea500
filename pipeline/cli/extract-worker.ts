// The piscina worker of `extract --jsonl`: loads the morphology once per thread (on its first
// article: a top-level await in a worker's entry module fails when it runs from source through
// tsx), then turns each article into its output line (or the reason it failed), as the
// single-threaded command does.
import { loadMorphology } from '../../document/analyse/index.js';
import type { ArticleInput } from '../extract/extract.js';
import { lineOutcome } from './extract-line.js';
import type { LineOutcome } from './extract-line.js';

/** Piscina's entry point: one article (and the size limit) in, its output line or failure out. */
export default async function work(task: {
  article: ArticleInput;
  maxTextBytes: number;
}): Promise<LineOutcome> {
  await loadMorphology();
  return lineOutcome(task.article, task.maxTextBytes);
}
