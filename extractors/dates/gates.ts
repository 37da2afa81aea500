// Which parsers' gates a sentence passes, as a bit mask. Testing some twenty gate regexes on every
// sentence was the largest cost of the extractor, so the tests are split by where they can match:
// - letters only ("январ", "назад", "(?:^|[^а-я])год"): a match lies inside one word token, so
//   these run once per word form and are remembered per form (see `memo`), and a sentence's mask
//   is the union of its tokens' masks;
// - the others that match inside one word ("\d{4}", "\d[:.]\d\d", "вв?\."): run on the sentence,
//   those that need a digit only when it has one;
// - gates that span words ("(?:по|до) +\d"): run on the sentence, each only where the one-word
//   hint it names has passed.
// The mask is exactly what the tests would give one by one on the sentence (unit and fast-check
// tests hold it to that).
import type { AnalysedDoc, Sentence, Token } from '../../pipeline/analyse/index.js';

const MAX_TESTS = 31;

/** A parser's gate and, for a gate that spans words, a one-word test it cannot pass without. */
export interface GateSpec {
  gate: RegExp;
  hint?: RegExp;
}

/** Whether a test matches within one word, so that it may be a hint. */
function isWordLocal(re: RegExp): boolean {
  return !/ |\\s/.test(re.source) && re.flags.replace('u', '') === '';
}

/** Whether every match of a test lies in the letters of one token: no digits, dots or escapes. */
function isLetterOnly(re: RegExp): boolean {
  return isWordLocal(re) && !/[\\.\d/:]/.test(re.source);
}

export class GateSet {
  /** every distinct test: gates and hints */
  readonly tests: readonly RegExp[];
  private readonly letterTests: number[] = [];
  private readonly textTests: Array<{ test: number; needsDigit: boolean }> = [];
  /** gates that span words, each with the bits of its hint (0 when it has none) */
  private readonly spanning: Array<{ test: number; hintBit: number }> = [];
  /**
   * Letter-test masks per word form. Keys are tokens' `morph` arrays, which the analysis shares
   * between all tokens of one form (pipeline/analyse/morphology.ts caches them): looking one up
   * costs no string hashing, and forms the analysis forgets are dropped here too.
   */
  private readonly memo = new WeakMap<object, number>();

  constructor(specs: readonly GateSpec[]) {
    const tests: RegExp[] = [];
    const add = (re: RegExp): void => {
      if (re.global || re.sticky) throw new Error(`gate /${re.source}/ must be neither global nor sticky`);
      if (!tests.includes(re)) tests.push(re);
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
      if (isLetterOnly(re)) this.letterTests.push(i);
      else if (isWordLocal(re)) this.textTests.push({ test: i, needsDigit: re.source.startsWith('\\d') });
      else {
        const h = hintOf.get(i);
        this.spanning.push({ test: i, hintBit: h === undefined ? 0 : 1 << h });
      }
    });
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

  /** The letter tests that pass inside one token's text. */
  private lettersOf(norm: string): number {
    let mask = 0;
    for (const i of this.letterTests) if (this.tests[i]!.test(norm)) mask |= 1 << i;
    return mask;
  }

  private tokenMask(t: Token): number {
    // an empty reading list may one day be shared between forms: only real readings are keys
    if (t.kind !== 'word' || t.morph.length === 0) return this.lettersOf(t.norm);
    let mask = this.memo.get(t.morph);
    if (mask === undefined) {
      mask = this.lettersOf(t.norm);
      this.memo.set(t.morph, mask);
    }
    return mask;
  }

  /** The tests that pass on one sentence (`text` is its slice of `doc.lower`). */
  sentenceMask(doc: AnalysedDoc, sentence: Sentence, text: string): number {
    let mask = 0;
    let digit = false;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = doc.tokens[i]!;
      if (t.kind === 'word' || t.kind === 'numword') mask |= this.tokenMask(t);
      if (t.kind === 'num' || t.kind === 'numword') digit = true;
    }
    for (const { test, needsDigit } of this.textTests)
      if ((digit || !needsDigit) && this.tests[test]!.test(text)) mask |= 1 << test;
    for (const { test, hintBit } of this.spanning)
      if ((mask & hintBit) === hintBit && this.tests[test]!.test(text)) mask |= 1 << test;
    return mask;
  }

  /** The tests that pass on a text, one by one (the reference the masks are held to). */
  maskOfText(text: string): number {
    return this.tests.reduce((mask, re, i) => (re.test(text) ? mask | (1 << i) : mask), 0);
  }
}
