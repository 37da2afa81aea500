// A per-word-form memo with a fixed number of slots: form numbers (`Token.form`) grow without end
// over a long run, as the morphology cache drops and renumbers forms, so a form goes to slot
// `form % SLOTS` and replaces whatever form was there. Cheaper than a WeakMap on the readings list.
import type { Token } from '../../document/analyse/index.js';

/** Slots per memo: well above the forms the morphology keeps (2 × 20,000). */
const SLOTS = 1 << 16;

/** Remembers `compute(token)` per word form; `compute` must read only the form (its readings). */
export class FormMemo<T> {
  private readonly forms = new Int32Array(SLOTS).fill(-1);
  private readonly values = new Array<T | undefined>(SLOTS).fill(undefined);

  constructor(private readonly compute: (tok: Token) => T) {}

  /** The value for a token's form, computed on first sight. */
  get(tok: Token): T {
    const form = tok.form;
    if (form < 0) return this.compute(tok);
    const slot = form % SLOTS;
    if (this.forms[slot] !== form) {
      this.values[slot] = this.compute(tok);
      this.forms[slot] = form;
    }
    return this.values[slot] as T;
  }
}
