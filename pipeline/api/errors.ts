// The library's one error for bad input: which field is wrong and why, so a caller (or the HTTP
// service, as a 400 naming the field) can say exactly what to fix.
import { InputError } from '../../document/errors.js';

/** Why a field was refused: absent, the wrong type, not ISO 8601, binary, not Russian, empty, or over a limit. */
export type FieldProblem =
  'missing' | 'type' | 'invalid' | 'not-text' | 'not-russian' | 'empty' | 'too-large';

/** Input the library refuses, naming the field ("text", "published", "html", ...) and the problem. */
export class FieldError extends InputError {
  override name = 'FieldError';
  constructor(
    readonly field: string,
    readonly problem: FieldProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
