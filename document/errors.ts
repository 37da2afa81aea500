// Typed errors: each carries a stable code for summaries and exit codes, and its cause.

export class NewsfactsError extends Error {
  override name = 'NewsfactsError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Input that cannot be read or understood: a missing file, a bad JSON line, an empty article. */
export class InputError extends NewsfactsError {
  override name = 'InputError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('input', message, options);
  }
}

/** A record that does not satisfy the JSON Schema of the contract. */
export class SchemaError extends NewsfactsError {
  override name = 'SchemaError';
  constructor(
    message: string,
    readonly errors: readonly string[],
  ) {
    super('schema', message);
  }
}

/** Why an article yields no record, in the words of a run's failed pages. */
export type ArticleFailureReason =
  'no-text' | 'not-text' | 'too-long' | 'bad-line' | 'parse-error' | 'invalid-record' | 'extract-error';

/** An article that yields no record: empty, not text, over the size limit, a bad input line, or no valid record possible. */
export class ArticleError extends NewsfactsError {
  override name = 'ArticleError';
  constructor(
    readonly reason: ArticleFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('article', message, options);
  }
}

/** The reader of our output went away (a closed pipe: `newsfacts ... | head`); not a failure of ours. */
export class OutputClosedError extends NewsfactsError {
  override name = 'OutputClosedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('output-closed', message, options);
  }
}

/** Whether an error is a write to a pipe or socket whose reader has gone (EPIPE, or the stream already ended). */
export function isClosedOutput(err: unknown): boolean {
  if (err instanceof OutputClosedError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/** A one-line description of any thrown value, with its causes. */
export function describeError(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    if (e instanceof Error) {
      parts.push(`${e.name}: ${e.message}`);
      e = e.cause;
    } else {
      parts.push(describeValue(e));
      break;
    }
  }
  return parts.join(' <- ');
}

/** A thrown value that is no Error: objects as JSON (not "[object Object]"), anything else as a string. */
function describeValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value); // a cycle, a BigInt
  }
}
