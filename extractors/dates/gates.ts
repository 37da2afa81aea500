// Which parsers' gates a paragraph passes, as a bit mask. Testing some twenty gate regexes one by
// one was the largest cost of the extractor (81 of 217 µs per article in the bench), so every test
// that matches inside one word ("январ", "\d{4}", "назад") is searched in one pass of their union.
// Where the union stops, the tests after the alternative it reported are tried at that very place
// (the ones before it failed there already), so none is hidden behind another: the mask is exactly
// what the tests would give one by one. Gates that span words ("(?:по|до) +\d") cannot join the
// union (their frequent first letters would make it stop everywhere); each may name a one-word
// hint that the gate cannot pass without, and is only tried on paragraphs where its hint passed.

const MAX_TESTS = 31;

/** A parser's gate and, for a gate that spans words, a one-word test it cannot pass without. */
export interface GateSpec {
  gate: RegExp;
  hint?: RegExp;
}

/** Whether a test matches within one word, so that it may join the union. */
function isWordLocal(re: RegExp): boolean {
  // a test with its own capture groups would shift the union's group numbers
  const groups = new RegExp(`${re.source}|`, re.flags).exec('')!.length - 1;
  return !/ |\\s/.test(re.source) && groups === 0 && re.flags.replace('u', '') === '';
}

export class GateSet {
  /** every distinct test: gates and hints */
  readonly tests: readonly RegExp[];
  private readonly wordTests: number[] = [];
  /** gates that span words, each with the bit of its hint (0 when it has none) */
  private readonly spanning: Array<{ test: number; hintBit: number }> = [];
  private readonly union: RegExp | null;
  private readonly sticky: RegExp[];
  private readonly allWordBits: number;

  constructor(specs: readonly GateSpec[]) {
    const tests: RegExp[] = [];
    const add = (re: RegExp): number => {
      if (re.global || re.sticky) throw new Error(`gate /${re.source}/ must be neither global nor sticky`);
      const known = tests.indexOf(re);
      return known >= 0 ? known : tests.push(re) - 1;
    };
    for (const s of specs) {
      add(s.gate);
      if (s.hint) {
        if (!isWordLocal(s.hint)) throw new Error(`hint /${s.hint.source}/ must match within one word`);
        add(s.hint);
      }
    }
    if (tests.length > MAX_TESTS) throw new Error(`more than ${MAX_TESTS} distinct gates and hints`);
    this.tests = tests;
    const hintOf = new Map<number, number>();
    for (const s of specs) if (s.hint) hintOf.set(tests.indexOf(s.gate), tests.indexOf(s.hint));
    tests.forEach((re, i) => {
      if (isWordLocal(re)) this.wordTests.push(i);
      else {
        const h = hintOf.get(i);
        this.spanning.push({ test: i, hintBit: h === undefined ? 0 : 1 << h });
      }
    });
    this.union = this.wordTests.length
      ? new RegExp(this.wordTests.map((i) => `(${tests[i]!.source})`).join('|'), 'gu')
      : null;
    this.sticky = tests.map((re) => new RegExp(re.source, re.flags + 'y'));
    this.allWordBits = this.wordTests.reduce((m, i) => m | (1 << i), 0);
  }

  /** The bits a parser needs: its gate's, and its hint's. */
  bitsOf(spec: GateSpec): number {
    const bit = (re: RegExp): number => {
      const i = this.tests.indexOf(re);
      if (i < 0) throw new Error(`unknown gate /${re.source}/`);
      return 1 << i;
    };
    return bit(spec.gate) | (spec.hint ? bit(spec.hint) : 0);
  }

  /** The bit of one test (a gate, a hint or any other one-word test given as a gate). */
  bitOf(re: RegExp): number {
    return this.bitsOf({ gate: re });
  }

  /** The tests that pass on a paragraph's text. */
  maskOf(text: string): number {
    let mask = 0;
    const union = this.union;
    if (union) {
      const word = this.wordTests;
      union.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = union.exec(text)) !== null) {
        let k = 0;
        while (m[k + 1] === undefined) k++;
        mask |= 1 << word[k]!;
        for (k++; k < word.length; k++) {
          const bit = 1 << word[k]!;
          if (mask & bit) continue;
          const s = this.sticky[word[k]!]!;
          s.lastIndex = m.index;
          if (s.test(text)) mask |= bit;
        }
        if ((mask & this.allWordBits) === this.allWordBits) break;
        union.lastIndex = m.index + 1;
      }
    }
    for (const { test, hintBit } of this.spanning)
      if ((mask & hintBit) === hintBit && this.tests[test]!.test(text)) mask |= 1 << test;
    return mask;
  }
}
