// newsfacts as a library: `import { extract } from 'newsfacts'`. Importing does nothing (no output,
// no environment read, no files read); the morphology dictionaries load once, on the first call
// that needs them (or on loadModels()), and are shared by every later call.
//
// The functions are async because the first call loads the dictionaries (~150 ms). A caller that
// wants plain function calls awaits loadModels() once and then uses extractSync().
import { analyse as analyseText } from '../../document/analyse/analyse.js';
import { loadMorphology } from '../../document/analyse/morphology.js';
import type { AnalysedDoc } from '../../document/analyse/types.js';
import { NewsfactsError } from '../../document/errors.js';
import type { NewsRecord } from '../../document/record/types.js';
import { offsetOf } from '../extract/extract.js';
import { recordOfHtml, recordOfText } from './core.js';
import { FieldError } from './errors.js';
import type { HtmlOptions, ParseHtml } from './core.js';
import { checkOptions, checkText } from './input.js';
import type { ArticleLike, ArticleOptions } from './input.js';
import { errorOf, recordOrError } from './many-outcome.js';
import { orderedMap } from './ordered.js';
import { defaultWorkers } from '../default-workers.js';

export type * from '../../document/record/types.js';
export { SCHEMA_VERSION } from '../../document/record/types.js';
export type { AnalysedDoc, DocMeta, Paragraph, Sentence, Token } from '../../document/analyse/types.js';
export { ArticleError, InputError, NewsfactsError, SchemaError } from '../../document/errors.js';
export type { ArticleFailureReason } from '../../document/errors.js';
export { FieldError } from './errors.js';
export type { FieldProblem } from './errors.js';
export { ModelsNotLoadedError } from './core.js';
export type { HtmlOptions } from './core.js';
export type { ArticleLike, ArticleOptions } from './input.js';

/** Loads the morphology dictionaries (once per process; later calls return at once). */
export async function loadModels(): Promise<void> {
  await loadMorphology();
}

/** One article's record: `text` plus what is known about it; throws FieldError for bad input. */
export async function extract(text: string, options: ArticleOptions = {}): Promise<NewsRecord> {
  checkText(text);
  checkOptions(options);
  await loadModels();
  return recordOfText(text, options);
}

/** extract() without the wait, for callers that awaited loadModels(); throws ModelsNotLoadedError otherwise. */
export function extractSync(text: string, options: ArticleOptions = {}): NewsRecord {
  return recordOfText(text, options);
}

let parseModule: Promise<ParseHtml> | null = null;

/** The HTML parser, imported on first use (cheerio and the parse stage's data files load only then). */
function htmlParser(): Promise<ParseHtml> {
  parseModule ??= import('../parse/index.js').then((m) => m.parseHtml);
  return parseModule;
}

/** The record of an HTML page (a string, or bytes in any charset): title, body and date taken from the page. */
export async function extractHtml(html: string | Uint8Array, options: HtmlOptions = {}): Promise<NewsRecord> {
  const [parseHtml] = await Promise.all([htmlParser(), loadModels()]);
  return recordOfHtml(parseHtml, html, options);
}

/** The analysed document (paragraphs, sentences, tokens with morphology) that the extractors read. */
export async function analyse(text: string, options: ArticleOptions = {}): Promise<AnalysedDoc> {
  checkText(text);
  const opts = checkOptions(options);
  await loadModels();
  const published = opts.published ?? null;
  return analyseText(text, {
    published,
    url: opts.url ?? null,
    outlet: opts.outlet ?? null,
    title: opts.title ?? null,
    tzOffsetMinutes: offsetOf(published),
  });
}

/** What extractMany yields per article, in input order: its record, or the error that kept it from one. */
export type ManyResult =
  | { index: number; record: NewsRecord; error?: undefined }
  | { index: number; record?: undefined; error: NewsfactsError };

/** Options of extractMany. */
export interface ManyOptions {
  /**
   * Worker threads to extract on (default: one per core, at most 8, or $NEWSFACTS_WORKERS; 1 is
   * this thread). Each thread loads its own dictionaries (about 60 MB and half a second), so more
   * threads pay on long batches and free cores.
   */
  workers?: number;
}

/** Throws FieldError unless `workers` is absent or a whole number from 1 to 256. */
function checkWorkers(options: ManyOptions): number {
  const w = options.workers ?? defaultWorkers();
  if (typeof w !== 'number' || !Number.isInteger(w) || w < 1 || w > 256)
    throw new FieldError('workers', 'invalid', 'workers must be a whole number from 1 to 256');
  return w;
}

/**
 * Records for many articles, yielded in input order; a bad article yields its error and the rest go
 * on. With `workers` above 1 the articles are extracted on that many worker threads.
 */
export async function* extractMany(
  articles: AsyncIterable<ArticleLike> | Iterable<ArticleLike>,
  options: ManyOptions = {},
): AsyncGenerator<ManyResult> {
  const workers = checkWorkers(options);
  if (workers === 1) {
    await loadModels();
    yield* orderedMap(
      articles,
      (article, index): Promise<ManyResult> => Promise.resolve({ index, ...recordOrError(article) }),
      1,
    );
    return;
  }
  const pool = (await import('./many-pool.js')).manyPool(workers);
  try {
    yield* orderedMap(
      articles,
      async (article, index): Promise<ManyResult> => {
        const out = await pool.run(article);
        return 'record' in out ? { index, record: out.record } : { index, error: errorOf(out.error) };
      },
      workers * 4,
    );
  } finally {
    await pool.close();
  }
}
