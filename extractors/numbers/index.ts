// Numbers, money, percentages, quantities, ordinals and ages. Placeholder until the numbers extractor lands.
import type { AnalysedDoc } from '../../pipeline/analyse/index.js';
import type { NumberItem, Range } from '../../pipeline/record/types.js';
import type { Extracted } from '../types.js';

/** Every figure in the document outside the `taken` ranges (dates and times already claimed them). */
export function extractNumbers(doc: AnalysedDoc, taken: readonly Range[] = []): Extracted<NumberItem> {
  void doc;
  void taken;
  return { items: [], warnings: [] };
}
