// Direct and reported speech, attributed to people. Placeholder until the quotes extractor lands.
import type { AnalysedDoc } from '../../pipeline/analyse/index.js';
import type { Person, Quote } from '../../pipeline/record/types.js';

export interface QuotesResult {
  quotes: Quote[];
  /** the people, with role and pronoun mentions found while attributing, and `quoted` set */
  people: Person[];
  warnings: string[];
}

/** Every quote in the document, attributed to one of `people` where the text says who. */
export function extractQuotes(doc: AnalysedDoc, people: readonly Person[]): QuotesResult {
  void doc;
  return { quotes: [], people: [...people], warnings: [] };
}
