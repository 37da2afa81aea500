// A number kept per word form, by the form's number (`Token.form`, given by the analysis): what a
// test or a reading of a form gives depends on the form alone, so it is worked out once. An array
// indexed by number: a WeakMap keyed by the forms' readings did the same, but its lookups were a
// tenth of the extractor's time inside full extraction.

/** Forms numbered past this are worked out each time instead of remembered. */
const MAX_FORMS = 1 << 22;

type Table = Int32Array | Uint8Array;

export class FormMemo {
  private table: Table;

  /** `make` gives a zeroed table of a length: Uint8Array for small values, Int32Array for masks. */
  constructor(private readonly make: (length: number) => Table) {
    this.table = make(1 << 14);
  }

  /** What was kept for a form; 0 when nothing was (so keep no 0 that must be told from "unknown"). */
  get(form: number): number {
    return form >= 0 && form < this.table.length ? this.table[form]! : 0;
  }

  /** Keeps a value for a form (nothing for a form without a number, or past MAX_FORMS). */
  set(form: number, value: number): void {
    if (form < 0 || form >= MAX_FORMS) return;
    if (form >= this.table.length) {
      const grown = this.make(Math.min(MAX_FORMS, Math.max(form + 1, this.table.length * 2)));
      grown.set(this.table);
      this.table = grown;
    }
    this.table[form] = value;
  }
}
