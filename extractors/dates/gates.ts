// Which parsers' gates a sentence passes. Testing some thirty gate regexes on every sentence was the
// largest cost of the extractor, so the tests are split by where they can match:
// - letter tests ("январ", "назад", "(?:^|[^а-я])год"): a match lies inside one word token, so
//   these run once per word form and are remembered by the form's number (`Token.form`); a
//   sentence passes one when one of its tokens does;
// - digit tests, which start with a digit and match inside a number and the few characters after
//   it ("\d{4}", "\d[:.]\d\d", "\d-?(?:х|е)"): run on each number token and what follows it;
// - the others that match inside one word ("вв?\."): run on the sentence;
// - gates that span words ("(?:по|до) +\d"): run on the sentence, each only where the one-word
//   hint it names has passed.
// A hint is a test the parser's pattern cannot match without; a letter hint may be anchored to a
// token's start with "^" ("^(?:год|лет)"), since it is only ever tried on tokens.
// The letter tests' bits are one 32-bit word (`token`), the rest another (`text`): 31 of each.
import type { AnalysedDoc, Sentence, Token } from '../../document/analyse/index.js';
import { FormMemo } from './formMemo.js';
import { isBlank } from './windows.js';

const MAX_TESTS = 31;
/** The memo's mark for a computed mask (letter masks use bits 0 to 30). */
const KNOWN = 1 << 31;

/** A parser's gate and, for a gate that spans words, a one-word test it cannot pass without. */
export interface GateSpec {
  gate: RegExp;
  hint?: RegExp;
}

/** The tests one sentence passed, or the tests a parser needs: letter tests' bits, other tests' bits. */
export interface Mask {
  token: number;
  text: number;
}

/** Whether a mask holds every bit a parser needs. */
export const passes = (mask: Mask, bits: Mask): boolean =>
  (mask.token & bits.token) === bits.token && (mask.text & bits.text) === bits.text;

/** Whether a test matches within one word, so that it may be a hint. */
function isWordLocal(re: RegExp): boolean {
  return !/ |\\s/.test(re.source) && re.flags.replace('u', '') === '';
}

/**
 * Whether a test can be run on a token's text in place of the sentence's: letters, alternations,
 * non-capturing groups and negative lookaheads only, and a left edge written "(?:^|[^а-я])". Each
 * of those passes on the token wherever it passes on the sentence (an edge of the token is no
 * letter). A hint may also start with "^", the token's start.
 */
function isLetterTest(re: RegExp, hint: boolean): boolean {
  if (!isWordLocal(re)) return false;
  let s = re.source.split('(?:^|[^а-я])').join('');
  if (hint && s.startsWith('^')) s = s.slice(1);
  s = s.replace(/\(\?[:!]/g, '(');
  return !/[\\.\d/:^$]|\(\?/.test(s);
}

/** How far past its number a digit test may reach ("2020-25": "-2", "90х": "х" and one more to look at). */
const DIGIT_REACH = 4;

/**
 * Whether a test could match or look at a blank: through a negated class, a class escape that
 * takes in blanks (\D, \W, \P{…}, \S, \s, \p{…} other than letters and digits), a code
 * escape, a word boundary, a wildcard or an end anchor.
 */
function seesBlanks(source: string): boolean {
  if (/\[\^|\\[DWPSsBbux]|\\p\{(?!(?:L[ul]?|Nd?)\})/.test(source)) return true;
  // a "." or "$" inside a class is the character itself
  return /(?<!\\)[.$]/.test(source.replace(/\[(?:\\.|[^\]\\])*\]/g, 'x'));
}

/**
 * Whether a test starts with a digit and stays within a number token and DIGIT_REACH characters
 * after it: a digit, then fixed short pieces only (no "+", "*" or "{n,}" repeats), none of which
 * matches or looks at a blank. Such a test passes on a number and what follows it up to the first
 * blank exactly where it passes on the longer text, which lets its result be remembered by that
 * shorter text ("2025", "90-х", "15:00").
 */
function isDigitTest(re: RegExp): boolean {
  const s = re.source;
  return isWordLocal(re) && s.startsWith('\\d') && !/[+*]|\{\d+,\}/.test(s) && !seesBlanks(s.slice(2));
}

/**
 * Whether a digit test gives the same on every text of digits alone of one length: it names no
 * digit of its own (in a literal, a class or a back-reference), only \\d, so digits are all alike
 * to it ("2025" and "1990" pass "\\d{4}" both). Quantifier counts ("{4}") are not digits it names.
 */
export function byLengthOnly(re: RegExp): boolean {
  return !/[0-9]/.test(re.source.replace(/\\d/g, '').replace(/\{\d+(?:,\d*)?\}/g, ''));
}

/** Whether `s` holds ASCII digits alone from `start` to `end`. */
function onlyDigits(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Masks remembered by text at most, per memo; a memo starts over when full. */
const MAX_TEXT_KEYS = 1 << 16;

/** Masks by the text they were computed on, for what has no form number. */
class TextMemo {
  private readonly map = new Map<string, number>();

  get(text: string): number | undefined {
    return this.map.get(text);
  }

  set(text: string, mask: number): void {
    if (this.map.size >= MAX_TEXT_KEYS) this.map.clear();
    this.map.set(text, mask);
  }
}

/** A list of token indices being filled: `at[0]` to `at[count - 1]`. */
export interface Marks {
  at: Int32Array;
  count: number;
}

interface TestInfo {
  re: RegExp;
  letter: boolean;
  /** its bit in `token` (letter tests) or `text` (the others) */
  bit: number;
}

export class GateSet {
  private readonly infos: TestInfo[] = [];
  private readonly letterTests: RegExp[] = [];
  private readonly digitTests: Array<{ re: RegExp; bit: number }> = [];
  private readonly textTests: Array<{ re: RegExp; bit: number }> = [];
  /** gates that span words, each with the letter and text bits of its hint */
  private readonly spanning: Array<{ re: RegExp; bit: number; hint: Mask }> = [];
  /**
   * Letter-test masks by form number (`Token.form`), as 1 + their index in `palette`: forms pass
   * few of the tests, so the masks met are few, and a byte a form keeps the table at a quarter of
   * its size (the lookups, one a word, were half of sentenceMask's time inside full extraction,
   * most of them cache misses). Masks past the palette's 255 go to `wide`, with KNOWN set.
   */
  private readonly memo = new FormMemo((n) => new Uint8Array(n));
  private readonly palette: number[] = [];
  private readonly paletteIndex = new Map<number, number>();
  private readonly wide = new FormMemo((n) => new Int32Array(n));
  /** Digit-test masks by the text tested (see digitMask). */
  private readonly digitMemo = new TextMemo();
  /**
   * Digit-test masks of texts of digits alone, by length (-1: not known yet), when every digit test
   * gives the same on all such texts of one length (byLengthOnly); null otherwise.
   */
  private readonly byLength: Int32Array | null;
  /** Letter-test masks of tokens without a form number, by text. */
  private readonly formless = new TextMemo();

  constructor(specs: readonly GateSpec[]) {
    const add = (re: RegExp, hint: boolean): void => {
      if (re.global || re.sticky) throw new Error(`gate /${re.source}/ must be neither global nor sticky`);
      if (hint && !isWordLocal(re)) throw new Error(`hint /${re.source}/ must match within one word`);
      const letter = isLetterTest(re, hint);
      const known = this.infos.find((i) => i.re === re);
      if (known) {
        if (known.letter !== letter) throw new Error(`/${re.source}/ is used both as a gate and as a hint`);
        return;
      }
      const count = this.infos.filter((i) => i.letter === letter).length;
      if (count >= MAX_TESTS) throw new Error(`more than ${MAX_TESTS} ${letter ? 'letter' : 'other'} tests`);
      this.infos.push({ re, letter, bit: 1 << count });
    };
    for (const s of specs) {
      if (s.hint) add(s.hint, true);
      add(s.gate, false);
    }
    const hintOf = new Map<RegExp, RegExp>();
    for (const s of specs) if (s.hint) hintOf.set(s.gate, s.hint);
    for (const info of this.infos) {
      const { re, bit } = info;
      if (info.letter) this.letterTests.push(re);
      else if (isDigitTest(re)) this.digitTests.push({ re, bit });
      else if (isWordLocal(re)) this.textTests.push({ re, bit });
      else {
        const h = hintOf.get(re);
        this.spanning.push({ re, bit, hint: h ? this.bitsOf({ gate: h }) : { token: 0, text: 0 } });
      }
    }
    this.byLength = this.digitTests.every((d) => byLengthOnly(d.re)) ? new Int32Array(32).fill(-1) : null;
  }

  /** The bits a parser needs: its gate's, and its hint's. */
  bitsOf(spec: GateSpec): Mask {
    const bits = { token: 0, text: 0 };
    for (const re of spec.hint ? [spec.gate, spec.hint] : [spec.gate]) {
      const info = this.infos.find((i) => i.re === re);
      if (!info) throw new Error(`unknown gate /${re.source}/`);
      if (info.letter) bits.token |= info.bit;
      else bits.text |= info.bit;
    }
    return bits;
  }

  /**
   * The one-token test a parser's matches lie around (see ./windows.ts): its hint when that is a
   * letter test, else its gate when that is a letter or digit test; null when it has none.
   */
  anchorOf(spec: GateSpec): Mask | null {
    for (const re of spec.hint ? [spec.hint, spec.gate] : [spec.gate]) {
      const info = this.infos.find((i) => i.re === re);
      if (!info) throw new Error(`unknown gate /${re.source}/`);
      if (info.letter) return { token: info.bit, text: 0 };
      if (this.digitTests.some((d) => d.re === re)) return { token: 0, text: info.bit };
    }
    return null;
  }

  /** The letter tests that pass inside one token's text. */
  private lettersOf(norm: string): number {
    let mask = 0;
    const tests = this.letterTests;
    for (let i = 0; i < tests.length; i++) if (tests[i]!.test(norm)) mask |= 1 << i;
    return mask;
  }

  private tokenMask(t: Token): number {
    if (t.form < 0) {
      // a number with letters ("2025-го", "90-х") has no form number: remembered by its text
      const known = this.formless.get(t.norm);
      if (known !== undefined) return known;
      const mask = this.lettersOf(t.norm);
      this.formless.set(t.norm, mask);
      return mask;
    }
    const code = this.memo.get(t.form);
    if (code !== 0) return this.palette[code - 1]!;
    const wide = this.wide.get(t.form);
    if (wide !== 0) return wide & ~KNOWN;
    const mask = this.lettersOf(t.norm);
    let k = this.paletteIndex.get(mask);
    if (k === undefined && this.palette.length < 255) {
      k = this.palette.push(mask) - 1;
      this.paletteIndex.set(mask, k);
    }
    if (k !== undefined) this.memo.set(t.form, k + 1);
    else this.wide.set(t.form, mask | KNOWN);
    return mask;
  }

  /**
   * The digit tests that pass on a number token: a digit test's match starts at a digit of the
   * number and ends at most DIGIT_REACH after it, and sees no blank (isDigitTest), so the text
   * tested stops at the first blank and the result is remembered by that text.
   */
  private digitMask(lower: string, t: Token, sentenceEnd: number): number {
    const limit = Math.min(sentenceEnd, t.end + DIGIT_REACH);
    let end = t.end;
    while (end < limit && !isBlank(lower.charCodeAt(end))) end++;
    // digits alone, the most of what is tested ("2025", "26" before a blank): by length
    if (this.byLength && end - t.start < this.byLength.length && onlyDigits(lower, t.start, end)) {
      const n = end - t.start;
      let mask = this.byLength[n]!;
      if (mask < 0) mask = this.byLength[n] = this.digitTestsOn(lower.slice(t.start, end));
      return mask;
    }
    const around = lower.slice(t.start, end);
    const known = this.digitMemo.get(around);
    if (known !== undefined) return known;
    const mask = this.digitTestsOn(around);
    this.digitMemo.set(around, mask);
    return mask;
  }

  private digitTestsOn(text: string): number {
    let mask = 0;
    for (const { re, bit } of this.digitTests) if (re.test(text)) mask |= bit;
    return mask;
  }

  /**
   * The tests that pass on one sentence (`text` is its slice of `doc.lower`). Given arrays by token
   * index, it also keeps there the letter and digit tests each token passed; given `marks`, it adds
   * to them the tokens that passed any (see Marked in ./windows.ts).
   */
  sentenceMask(
    doc: AnalysedDoc,
    sentence: Sentence,
    text: string,
    tokenLetters?: Int32Array,
    tokenDigits?: Int32Array,
    marks?: Marks,
  ): Mask {
    let token = 0;
    let digits = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = doc.tokens[i]!;
      let m = 0;
      let d = 0;
      if (t.kind === 'word') m = this.tokenMask(t);
      else if (t.kind === 'num' || t.kind === 'numword') {
        if (t.kind === 'numword') m = this.tokenMask(t);
        d = this.digitMask(doc.lower, t, sentence.end);
      } else continue;
      token |= m;
      digits |= d;
      if (tokenLetters) tokenLetters[i] = m;
      if (tokenDigits) tokenDigits[i] = d;
      if (marks && (m | d) !== 0) marks.at[marks.count++] = i;
    }
    const mask = { token, text: digits };
    for (const { re, bit } of this.textTests) if (re.test(text)) mask.text |= bit;
    for (const { re, bit, hint } of this.spanning) if (passes(mask, hint) && re.test(text)) mask.text |= bit;
    return mask;
  }

  /**
   * Whether a parser runs on a sentence, test by test (the reference the masks are held to): its
   * gate passes on the sentence's text and its hint, if any, on one of its tokens (a letter hint)
   * or on the text (another).
   */
  runsOneByOne(spec: GateSpec, doc: AnalysedDoc, sentence: Sentence): boolean {
    const text = doc.lower.slice(sentence.start, sentence.end);
    if (!spec.gate.test(text)) return false;
    const hint = spec.hint;
    if (!hint) return true;
    if (!isLetterTest(hint, true)) return hint.test(text);
    return doc.tokens.slice(sentence.firstToken, sentence.endToken).some((t) => hint.test(t.norm));
  }
}
