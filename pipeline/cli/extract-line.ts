// One article to one output line of `extract --jsonl`, or the reason it failed: the same work on the
// main thread and on a worker thread (./extract-worker.ts), so both write the same bytes.
import { ArticleError, describeError, SchemaError } from '../../document/errors.js';
import type { ArticleFailureReason } from '../../document/errors.js';
import { notTextReason, textTooLongReason } from '../../document/text-check.js';
import { extractRecord } from '../extract/extract.js';
import type { ArticleInput } from '../extract/extract.js';

/** A record's JSON line, or why the article failed (plain data, so it crosses threads). */
export type LineOutcome = { line: string } | { failed: { reason: ArticleFailureReason; detail: string } };

/** Throws an ArticleError when an article's text is not text, is over `maxTextBytes`, or is empty. */
function checkText(text: string, maxTextBytes: number): void {
  const tooLong = textTooLongReason(text, maxTextBytes);
  if (tooLong) throw new ArticleError('too-long', tooLong);
  const binary = notTextReason(text);
  if (binary) throw new ArticleError('not-text', binary);
  if (!text.trim()) throw new ArticleError('no-text', 'the article is empty');
}

/** Extracts a record, turning the extract stage's errors into an ArticleError. */
export function recordOf(article: ArticleInput, maxTextBytes: number): ReturnType<typeof extractRecord> {
  checkText(article.text, maxTextBytes);
  try {
    return extractRecord(article);
  } catch (err) {
    const reason = err instanceof SchemaError ? 'invalid-record' : 'extract-error';
    throw new ArticleError(reason, describeError(err), { cause: err });
  }
}

/** The JSON line of an article's record, or its failure; errors other than ArticleError are thrown. */
export function lineOutcome(article: ArticleInput, maxTextBytes: number): LineOutcome {
  try {
    return { line: JSON.stringify(recordOf(article, maxTextBytes)) + '\n' };
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    return { failed: { reason: err.reason, detail: err.message } };
  }
}
