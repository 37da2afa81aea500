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

/** A one-line description of any thrown value, with its causes. */
export function describeError(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    if (e instanceof Error) {
      parts.push(`${e.name}: ${e.message}`);
      e = e.cause;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join(' <- ');
}
