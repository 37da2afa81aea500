// Typed failures of the fetch stage: the code is what onFailure reports and stats count.
import { NewsfactsError } from '../../document/errors.js';

/** The failure codes a fetch can end with. */
export type FailureCode =
  | 'bad-url'
  | 'duplicate'
  | 'robots'
  | 'private-address'
  | 'dns'
  /** no connection could be made to the host (refused, unreachable): the host is down */
  | 'connection'
  | 'network'
  | 'tls'
  | 'timeout'
  | 'http-3xx'
  | 'http-4xx'
  | 'http-5xx'
  | 'too-large'
  | 'not-html'
  | 'bad-encoding'
  | 'bad-feed'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'local-file'
  | 'consumer'
  /** not a failure: the crawl was stopped while this was in flight */
  | 'cancelled';

/** A failed fetch of one URL; `retryable` says whether another attempt may succeed. */
export class FetchStageError extends NewsfactsError {
  override name = 'FetchStageError';
  readonly retryable: boolean;
  readonly status: number | undefined;
  /** the server's Retry-After, in ms, when it sent one */
  readonly retryAfterMs: number | undefined;
  constructor(
    readonly failure: FailureCode,
    message: string,
    options: { cause?: unknown; retryable?: boolean; status?: number; retryAfterMs?: number } = {},
  ) {
    super(`fetch:${failure}`, message, options.cause === undefined ? {} : { cause: options.cause });
    this.retryable = options.retryable ?? false;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Whether a thrown value is a fetch-stage failure. */
export function isFetchStageError(err: unknown): err is FetchStageError {
  return err instanceof FetchStageError;
}
