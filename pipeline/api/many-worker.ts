// extractMany's worker thread (./many-pool.ts): loads the morphology once, on its first article
// (a top-level await in a worker's entry module fails from source through tsx),
// then turns each article into its record or its error as data.
import { loadMorphology } from '../../document/analyse/morphology.js';
import { manyOutcome } from './many-outcome.js';
import type { ManyOutcome } from './many-outcome.js';

/** Piscina's entry point: one article in, its record or error out. */
export default async function work(article: unknown): Promise<ManyOutcome> {
  await loadMorphology();
  return manyOutcome(article);
}
