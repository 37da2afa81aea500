// Which parsers' gates a paragraph passes, as a bit mask. Testing some twenty gate regexes one by
// one was the largest cost of the extractor (81 of 217 µs per article in the bench), so the gates
// that match inside one word ("январ", "\d{4}", "назад") are searched in one pass of their union.
// At each place the union matches, the gates it did not report there are tried at that very
// place, so a gate hidden behind an earlier alternative is not missed: the mask is exactly the
// one the gates would give one by one. Gates that span words ("(?:по|до) +\d") stay separate:
// their frequent first letters would make the union stop everywhere.

const MAX_GATES = 31;

export class GateSet {
  readonly gates: readonly RegExp[];
  private readonly wordGates: number[] = [];
  private readonly otherGates: number[] = [];
  private readonly union: RegExp | null;
  private readonly sticky: RegExp[];

  constructor(gates: readonly RegExp[]) {
    this.gates = [...new Set(gates)];
    if (this.gates.length > MAX_GATES) throw new Error(`more than ${MAX_GATES} distinct gates`);
    this.gates.forEach((g, i) => {
      if (g.global || g.sticky) throw new Error(`gate /${g.source}/ must be neither global nor sticky`);
      // a gate with its own capture groups would shift the union's group numbers
      const groups = new RegExp(`${g.source}|`, g.flags).exec('')!.length - 1;
      const local = !/ |\\s/.test(g.source) && groups === 0 && g.flags.replace('u', '') === '';
      (local ? this.wordGates : this.otherGates).push(i);
    });
    this.union = this.wordGates.length
      ? new RegExp(this.wordGates.map((i) => `(${this.gates[i]!.source})`).join('|'), 'gu')
      : null;
    this.sticky = this.gates.map((g) => new RegExp(g.source, g.flags + 'y'));
  }

  /** The bit of a gate in masks. */
  bitOf(gate: RegExp): number {
    const i = this.gates.indexOf(gate);
    if (i < 0) throw new Error(`unknown gate /${gate.source}/`);
    return 1 << i;
  }

  /** The gates that pass on a paragraph's text. */
  maskOf(text: string): number {
    let mask = 0;
    const union = this.union;
    if (union) {
      const all = this.wordGates.reduce((m, i) => m | (1 << i), 0);
      union.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = union.exec(text)) !== null) {
        for (let k = 0; k < this.wordGates.length; k++) {
          const bit = 1 << this.wordGates[k]!;
          if (mask & bit) continue;
          if (m[k + 1] !== undefined) {
            mask |= bit;
            continue;
          }
          const s = this.sticky[this.wordGates[k]!]!;
          s.lastIndex = m.index;
          if (s.test(text)) mask |= bit;
        }
        if ((mask & all) === all) break;
        union.lastIndex = m.index + 1;
      }
    }
    for (const i of this.otherGates) if (this.gates[i]!.test(text)) mask |= 1 << i;
    return mask;
  }
}
