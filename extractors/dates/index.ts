// Dates, times, durations and ranges (issue: dates). Placeholder until the dates extractor lands.
import type { AnalysedDoc } from '../../pipeline/analyse/index.js';
import type { DateItem } from '../../pipeline/record/types.js';
import type { Extracted } from '../types.js';

/** Every date, time, duration and range in the document. */
export function extractDates(doc: AnalysedDoc): Extracted<DateItem> {
  void doc;
  return { items: [], warnings: [] };
}
