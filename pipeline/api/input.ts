// Checks of what a caller hands the library (or posts to the service) before any extraction: the
// same rules as the command line (pipeline/cli/extract.ts), each failure a FieldError naming the field.
import { notTextReason } from '../../document/text-check.js';
import { isIsoTimestamp } from '../cli/args.js';
import type { ArticleInput } from '../extract/extract.js';
import { FieldError } from './errors.js';

/** What is known about an article besides its text; every field may be left out. */
export interface ArticleOptions {
  /** ISO 8601 publication time; relative dates ("вчера") resolve against it */
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  /** the record id; by default derived from the URL, else the text */
  id?: string | null;
  /** a text longer than this many UTF-8 bytes throws an ArticleError "too-long" (default 1 MiB) */
  maxTextBytes?: number;
}

/** One article for extractMany or the batch route: its text and options. */
export interface ArticleLike extends ArticleOptions {
  text: string;
}

const OPTIONAL_STRINGS = ['url', 'outlet', 'title', 'id'] as const;

/** Throws a FieldError unless `text` is a non-empty string that looks like text. */
export function checkText(text: unknown, field = 'text'): string {
  if (text === undefined || text === null) throw new FieldError(field, 'missing', `"${field}" is required`);
  if (typeof text !== 'string') throw new FieldError(field, 'type', `"${field}" must be a string`);
  const binary = notTextReason(text);
  if (binary) throw new FieldError(field, 'not-text', `"${field}" is not text (${binary})`);
  if (!text.trim()) throw new FieldError(field, 'empty', `"${field}" is empty`);
  return text;
}

/** Letters that make a text Russian (or Kazakh) for notRussianReason: Cyrillic. */
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;

/**
 * Why a text is not Russian-language news, or null: under 30% of its first 20,000 letters are
 * Cyrillic. The service refuses such texts with a 400; the library and the command line take them
 * (and find little in them).
 */
export function notRussianReason(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'it has no letters';
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  return cyrillic / letters < 0.3
    ? `only ${Math.round((100 * cyrillic) / letters)}% of its letters are Cyrillic`
    : null;
}

/** The options checked: strings or null, `published` a real ISO 8601 date or time; a FieldError otherwise. */
export function checkOptions(options: unknown): ArticleOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options))
    throw new FieldError('options', 'type', 'the options must be an object');
  const o = options as Record<string, unknown>;
  const out: ArticleOptions = {};
  for (const key of OPTIONAL_STRINGS) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new FieldError(key, 'type', `"${key}" must be a string or null`);
    out[key] = v;
  }
  const published = o['published'];
  if (published !== undefined && published !== null) {
    if (typeof published !== 'string' || !isIsoTimestamp(published))
      throw new FieldError(
        'published',
        'invalid',
        `"published" is not an ISO 8601 date or time (e.g. 2025-11-26T12:00:00+05:00): ${JSON.stringify(published)}`,
      );
    out.published = published;
  }
  const max = o['maxTextBytes'];
  if (max !== undefined && max !== null) {
    if (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 1)
      throw new FieldError(
        'maxTextBytes',
        'invalid',
        '"maxTextBytes" must be a whole number of bytes, at least 1',
      );
    out.maxTextBytes = max;
  }
  return out;
}

/** The extract stage's input for a text and its options, both checked. */
export function articleInput(text: unknown, options: unknown, warnings: string[] = []): ArticleInput {
  const checked = checkOptions(options);
  return {
    text: checkText(text),
    id: checked.id ?? null,
    url: checked.url ?? null,
    outlet: checked.outlet ?? null,
    title: checked.title ?? null,
    published: checked.published ?? null,
    warnings,
  };
}
