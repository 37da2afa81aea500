// Test helper: the dates of one sentence, analysed with a fixed publication date.
import { analyse, loadMorphology } from '../../pipeline/analyse/index.js';
import type { DateItem } from '../../pipeline/record/types.js';
import { extractDates } from './index.js';

/** The publication moment every unit test reads against unless it says otherwise (a Wednesday). */
export const PUBLISHED = '2025-11-26T12:00:00+05:00';

/** Loads the morphology once per test file. */
export const ready = (): Promise<void> => loadMorphology().then(() => undefined);

/** Dates found in a text, as [text, value, kind] triples for short assertions. */
export function datesIn(
  text: string,
  published: string | null = PUBLISHED,
): Array<[string, string | undefined, string]> {
  return items(text, published).map((d) => [d.text, d.value, d.kind]);
}

/** The full items and warnings for a text. */
export function items(text: string, published: string | null = PUBLISHED): DateItem[] {
  return extractDates(analyse(text, { published, tzOffsetMinutes: published ? 300 : null })).items;
}

/** The first item of a text. */
export function first(text: string, published: string | null = PUBLISHED): DateItem | undefined {
  return items(text, published)[0];
}
