// People named in the document. Placeholder until the people extractor lands.
import type { AnalysedDoc } from '../../pipeline/analyse/index.js';
import type { Person } from '../../pipeline/record/types.js';
import type { Extracted } from '../types.js';

/** Every person the document names, mentions merged, names in the nominative. */
export function extractPeople(doc: AnalysedDoc): Extracted<Person> {
  void doc;
  return { items: [], warnings: [] };
}
