// The extract stage: analysed document in, schema-valid record out. An extractor that throws
// costs its own items only: the record keeps the rest, with the reason in warnings.
import { extractDates } from '../../extractors/dates/index.js';
import { offsetOfIso } from '../../document/time/index.js';
import { extractNumbers } from '../../extractors/numbers/index.js';
import { extractPeople } from '../../extractors/people/index.js';
import { extractQuotes } from '../../extractors/quotes/index.js';
import { analyse } from '../../document/analyse/index.js';
import type { AnalysedDoc, DocMeta } from '../../document/analyse/index.js';
import { describeError } from '../../document/errors.js';
import { recordId } from '../../document/record/id.js';
import { SCHEMA_VERSION } from '../../document/record/types.js';
import type { DateItem, NewsRecord, NumberItem, Person, Quote } from '../../document/record/types.js';
import { checkedRecord } from '../../document/record/repair.js';

/** One article to extract from: its text and what is known about it. */
export interface ArticleInput {
  text: string;
  id?: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  published?: string | null;
  fetched?: string | null;
  /** minutes east of UTC for the outlet, when known (300 for Kazakhstan) */
  tzOffsetMinutes?: number | null;
  /** warnings from earlier stages (fetch, parse) */
  warnings?: string[];
}

/** Runs one extractor, turning a throw into a warning and an empty result. */
function guarded<T>(name: string, warnings: string[], fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    warnings.push(`${name} extractor failed: ${describeError(err)}`);
    return fallback;
  }
}

/** The offset in minutes of an ISO timestamp ("+05:00" -> 300), or null (the dates extractor's reading). */
export function offsetOf(iso: string | null | undefined): number | null {
  return iso ? offsetOfIso(iso) : null;
}

/** Runs every extractor over an analysed document. */
export function extractFromDoc(
  doc: AnalysedDoc,
  warnings: string[],
): Pick<NewsRecord, 'people' | 'quotes' | 'numbers' | 'dates'> {
  const dates = guarded('dates', warnings, { items: [] as DateItem[], warnings: [] as string[] }, () =>
    extractDates(doc),
  );
  const numbers = guarded('numbers', warnings, { items: [] as NumberItem[], warnings: [] as string[] }, () =>
    extractNumbers(doc, dates.items),
  );
  const people = guarded('people', warnings, { items: [] as Person[], warnings: [] as string[] }, () =>
    extractPeople(doc),
  );
  const quotes = guarded(
    'quotes',
    warnings,
    { quotes: [] as Quote[], people: people.items, warnings: [] as string[] },
    () => extractQuotes(doc, people.items),
  );
  warnings.push(...dates.warnings, ...numbers.warnings, ...people.warnings, ...quotes.warnings);
  const byStart = <T extends { start: number; end: number }>(a: T, b: T): number =>
    a.start - b.start || a.end - b.end;
  return {
    people: quotes.people,
    quotes: [...quotes.quotes].sort(byStart),
    numbers: [...numbers.items].sort(byStart),
    dates: [...dates.items].sort(byStart),
  };
}

/**
 * Extracts a record from one article, validated and repaired (document/record/repair.ts); throws
 * a SchemaError when no valid record can be made. Morphology must be loaded (loadMorphology()).
 */
export function extractRecord(input: ArticleInput): NewsRecord {
  const warnings = [...(input.warnings ?? [])];
  const published = input.published ?? null;
  const meta: DocMeta = {
    published,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    title: input.title ?? null,
    tzOffsetMinutes: input.tzOffsetMinutes ?? offsetOf(published),
  };
  let items: Pick<NewsRecord, 'people' | 'quotes' | 'numbers' | 'dates'>;
  try {
    items = extractFromDoc(analyse(input.text, meta), warnings);
  } catch (err) {
    // the text is known, so the article still yields a record, with the reason
    warnings.push(`analysis failed: ${describeError(err)}`);
    items = { people: [], quotes: [], numbers: [], dates: [] };
  }
  const record: NewsRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: input.id ?? recordId(meta.url, input.text),
    url: meta.url,
    outlet: meta.outlet,
    title: meta.title,
    published,
    fetched: input.fetched ?? null,
    lang: 'ru',
    text: input.text,
    ...items,
    warnings,
  };
  return checkedRecord(record);
}
