// What one article of extractMany comes to, as plain data that crosses between threads: its record,
// or its error's name and fields, made back into the same typed error on the caller's thread.
import { ArticleError, NewsfactsError } from '../../document/errors.js';
import type { ArticleFailureReason } from '../../document/errors.js';
import type { NewsRecord } from '../../document/record/types.js';
import { recordOfText } from './core.js';
import { FieldError } from './errors.js';
import type { FieldProblem } from './errors.js';
import type { ArticleLike } from './input.js';

/** An error's fields as data. */
export interface ErrorData {
  name: string;
  code: string;
  message: string;
  field?: string;
  problem?: FieldProblem;
  reason?: ArticleFailureReason;
}

export type ManyOutcome = { record: NewsRecord } | { error: ErrorData };

/** One article's record, or the NewsfactsError that kept it from one (other errors are thrown). */
export function recordOrError(article: unknown): { record: NewsRecord } | { error: NewsfactsError } {
  try {
    const { text, ...options } = (article ?? {}) as Partial<ArticleLike>;
    return { record: recordOfText(text, options) };
  } catch (err) {
    if (!(err instanceof NewsfactsError)) throw err;
    return { error: err };
  }
}

/** recordOrError with the error as data, for a worker thread to send back. */
export function manyOutcome(article: unknown): ManyOutcome {
  const r = recordOrError(article);
  if ('record' in r) return r;
  const e = r.error;
  const data: ErrorData = { name: e.name, code: e.code, message: e.message };
  if (e instanceof FieldError) Object.assign(data, { field: e.field, problem: e.problem });
  if (e instanceof ArticleError) data.reason = e.reason;
  return { error: data };
}

/** The typed error again from its data (the cause stays on the worker thread). */
export function errorOf(data: ErrorData): NewsfactsError {
  if (data.name === 'FieldError' && data.field && data.problem)
    return new FieldError(data.field, data.problem, data.message);
  if (data.name === 'ArticleError' && data.reason) return new ArticleError(data.reason, data.message);
  return new NewsfactsError(data.code, data.message);
}
