// How the service reports a failure: an HTTP status and a JSON body {"error": {code, message,
// field?, problem?}} naming what to fix. Input problems are 4xx; only our own faults are 500.
import { ArticleError, describeError, NewsfactsError } from '../../document/errors.js';
import { FieldError } from '../api/errors.js';

/** The body of every error response, and of a failed line in a batch (with its line number). */
export interface ErrorBody {
  /** stable: invalid-field, not-json, too-large, unsupported-media-type, unauthorized, timeout,
   * busy, not-found, invalid-record, extract-error, parse-error, internal */
  code: string;
  message: string;
  /** the request field at fault: text, published, url, outlet, title, id, html, body */
  field?: string;
  /** what is wrong with the field (FieldProblem) */
  problem?: string;
}

/** A status and body to answer with. */
export interface ErrorReply {
  status: number;
  error: ErrorBody;
}

/** The service's own errors: a status, a code and (for input) the field; carries its cause. */
export class ServeError extends NewsfactsError {
  override name = 'ServeError';
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super('serve', message, options);
  }
}

/** The reply for any thrown value: FieldError 400 (413 when too large), ArticleError 422, ServeError its own. */
export function errorReply(err: unknown): ErrorReply {
  if (err instanceof FieldError)
    return {
      status: err.problem === 'too-large' ? 413 : 400,
      error: { code: 'invalid-field', field: err.field, problem: err.problem, message: err.message },
    };
  if (err instanceof ServeError)
    return {
      status: err.status,
      error: { code: err.errorCode, message: err.message, ...(err.field ? { field: err.field } : {}) },
    };
  if (err instanceof ArticleError)
    return { status: 422, error: { code: err.reason, message: `no record: ${err.message}` } };
  return { status: 500, error: { code: 'internal', message: describeError(err) } };
}
