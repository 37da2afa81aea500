// One article to one output line of `extract --jsonl`, or the reason it failed: the same work on the
// main thread and on a worker thread (./extract-worker.ts), so both write the same bytes.
import { ArticleError, describeError, SchemaError } from '../../document/errors.js';
import type { ArticleFailureReason } from '../../document/errors.js';
import { notTextReason } from '../../document/text-check.js';
import { extractRecord } from '../extract/extract.js';
import type { ArticleInput } from '../extract/extract.js';

/** A record's JSON line, or why the article failed (plain data, so it crosses threads). */
export type LineOutcome = { line: string } | { failed: { reason: ArticleFailureReason; detail: string } };

/** Throws an ArticleError when an article's text is not text or is empty. */
function checkText(text: string): void {
  const binary = notTextReason(text);
  if (binary) throw new ArticleError('not-text', binary);
  if (!text.trim()) throw new ArticleError('no-text', 'the article is empty');
}

/** Extracts a record, turning the extract stage's errors into an ArticleError. */
export function recordOf(article: ArticleInput): ReturnType<typeof extractRecord> {
  checkText(article.text);
  try {
    return extractRecord(article);
  } catch (err) {
    const reason = err instanceof SchemaError ? 'invalid-record' : 'extract-error';
    throw new ArticleError(reason, describeError(err), { cause: err });
  }
}

/** The JSON line of an article's record, or its failure; errors other than ArticleError are thrown. */
export function lineOutcome(article: ArticleInput): LineOutcome {
  try {
    return { line: JSON.stringify(recordOf(article)) + '\n' };
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    return { failed: { reason: err.reason, detail: err.message } };
  }
}
