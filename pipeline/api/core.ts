// The synchronous heart of the library, for callers that have loaded the models already (the
// service's workers): checked input in, schema-valid record out, every failure a typed error.
import { isMorphologyLoaded } from '../../document/analyse/morphology.js';
import { ArticleError, describeError, NewsfactsError, SchemaError } from '../../document/errors.js';
import { DEFAULT_MAX_TEXT_BYTES, notTextReason, textTooLongReason } from '../../document/text-check.js';
import type { NewsRecord } from '../../document/record/types.js';
import { extractRecord } from '../extract/extract.js';
import type { ArticleInput } from '../extract/extract.js';
import type { ParsedArticle, ParseOptions } from '../parse/index.js';
import { FieldError } from './errors.js';
import { articleInput, checkOptions } from './input.js';
import type { ArticleOptions } from './input.js';

/** Options for an HTML page: the article options (they win over what the page says) and its Content-Type. */
export interface HtmlOptions extends ArticleOptions {
  /** the Content-Type header the page came with, for its charset */
  contentType?: string | null;
}

/** Extraction was asked for before loadModels() finished. */
export class ModelsNotLoadedError extends NewsfactsError {
  override name = 'ModelsNotLoadedError';
  constructor() {
    super('models', 'the morphology is not loaded: await loadModels() first (or use the async extract)');
  }
}

/** The parse stage's entry, passed in so that cheerio loads only when HTML is asked for. */
export type ParseHtml = (html: string | Buffer, options?: ParseOptions) => ParsedArticle;

/** Throws ModelsNotLoadedError until the morphology is loaded. */
export function requireModels(): void {
  if (!isMorphologyLoaded()) throw new ModelsNotLoadedError();
}

/** The record of a checked article; a SchemaError or a crash becomes an ArticleError with its cause. */
export function recordOf(input: ArticleInput): NewsRecord {
  requireModels();
  try {
    return extractRecord(input);
  } catch (err) {
    const reason = err instanceof SchemaError ? 'invalid-record' : 'extract-error';
    throw new ArticleError(reason, describeError(err), { cause: err });
  }
}

/** Throws an ArticleError "too-long" when the text is over the options' maxTextBytes (default 1 MiB). */
function checkLength(text: string, options: ArticleOptions): void {
  const tooLong = textTooLongReason(text, options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES);
  if (tooLong) throw new ArticleError('too-long', tooLong);
}

/** The record of a text and its options (checked: a FieldError names a bad field). Models must be loaded. */
export function recordOfText(text: unknown, options?: unknown): NewsRecord {
  const input = articleInput(text, options);
  checkLength(input.text, checkOptions(options));
  return recordOf(input);
}

/** The record of an HTML page (string or bytes) through `parseHtml`, the options winning over the page. */
export function recordOfHtml(parseHtml: ParseHtml, html: unknown, options?: unknown): NewsRecord {
  if (html === undefined || html === null) throw new FieldError('html', 'missing', 'no HTML given');
  if (typeof html !== 'string' && !(html instanceof Uint8Array))
    throw new FieldError('html', 'type', 'the HTML must be a string or bytes');
  const binary = notTextReason(html);
  if (binary) throw new FieldError('html', 'not-text', `the HTML is not text (${binary})`);
  const opts = checkOptions(options);
  const contentType = (options as HtmlOptions | null | undefined)?.contentType;
  let parsed: ParsedArticle;
  try {
    const page = typeof html === 'string' ? html : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
    parsed = parseHtml(page, {
      url: opts.url ?? null,
      ...(typeof contentType === 'string' ? { contentType } : {}),
    });
  } catch (err) {
    throw new ArticleError('parse-error', describeError(err), { cause: err });
  }
  if (!parsed.text.trim()) throw new FieldError('html', 'empty', 'no article text found in the page');
  checkLength(parsed.text, opts);
  return recordOf({
    text: parsed.text,
    id: opts.id ?? null,
    url: parsed.url,
    outlet: opts.outlet ?? parsed.outlet,
    title: opts.title ?? parsed.title,
    published: opts.published ?? parsed.published,
    warnings: parsed.warnings,
  });
}
