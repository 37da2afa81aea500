// Where a parser's pattern runs. Every parser declares, as data, the words it cannot match without
// (its anchors): word forms, lemmas (every form of them), or numbers. A sentence with none of a
// parser's anchors is not read by it. The gate comes from the declarations here, in one place: no
// parser writes one.
import type { AnalysedDoc, Sentence, Token } from '../../document/analyse/index.js';

/** What a parser's matches cannot lack: one token that is an anchor. */
export interface Anchors {
  /** word forms (lower case, "ё" as "е"); a hyphenated token counts by its parts too ("пол-года") */
  words?: readonly string[];
  /** lemmas: a token is an anchor when one of its readings has one, so every form of them is */
  lemmas?: readonly string[];
  /** number tokens ("2025", "15:00", "90-х"); a pattern narrows them by their text */
  numbers?: boolean | RegExp;
}

const NONE: readonly number[] = [];

/** A parser as far as anchors go. */
export interface Anchored {
  anchors: Anchors;
}

/** The anchors of every parser, indexed by word and lemma. */
/** How many word forms' anchors are kept. */
const MAX_FORMS = 100_000;

export class AnchorIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byLemma = new Map<string, number[]>();
  private readonly numbers: Array<{ parser: number; test: RegExp | null }> = [];
  /** a word form's anchors, by its number (`Token.form`) */
  private readonly byForm = new Map<number, readonly number[]>();
  readonly size: number;

  constructor(parsers: readonly Anchored[]) {
    this.size = parsers.length;
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    parsers.forEach((p, i) => {
      const { words, lemmas, numbers } = p.anchors;
      for (const w of words ?? []) add(this.byWord, w, i);
      for (const l of lemmas ?? []) add(this.byLemma, l, i);
      if (numbers) this.numbers.push({ parser: i, test: numbers === true ? null : numbers });
    });
  }

  /** The parsers a word token is an anchor of, by its form and readings. */
  private wordAnchors(t: Token): readonly number[] {
    const out = new Set<number>();
    const each = (list: readonly number[] | undefined): void => {
      if (list) for (const i of list) out.add(i);
    };
    each(this.byWord.get(t.norm));
    if (/[-–]/.test(t.norm)) for (const part of t.norm.split(/[-–]/)) each(this.byWord.get(part));
    for (const r of t.morph) each(this.byLemma.get(r.lemma));
    return [...out];
  }

  /**
   * The parsers a token is an anchor of. A word's answer depends on its form alone, so it is kept by
   * the form's number: reading every parse of every word was most of the extractor's time.
   */
  anchorsOf(t: Token): readonly number[] {
    if (t.kind === 'num' || t.kind === 'numword') {
      const out = this.numbers.filter((n) => !n.test || n.test.test(t.norm)).map((n) => n.parser);
      return t.kind === 'numword' ? [...new Set([...out, ...this.wordAnchors(t)])] : out;
    }
    if (t.kind !== 'word') return NONE;
    let known = t.form >= 0 ? this.byForm.get(t.form) : undefined;
    if (known === undefined) {
      known = this.wordAnchors(t);
      if (t.form >= 0) {
        // new forms keep coming over a long run: start over rather than grow without end
        if (this.byForm.size >= MAX_FORMS) this.byForm.clear();
        this.byForm.set(t.form, known);
      }
    }
    return known;
  }

  /** For each parser, whether a sentence holds one of its anchors. */
  sentenceAnchors(doc: AnalysedDoc, sentence: Sentence): boolean[] {
    const out = new Array<boolean>(this.size).fill(false);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      for (const p of this.anchorsOf(doc.tokens[i]!)) out[p] = true;
    }
    return out;
  }

  /** Whether a token is an anchor of the parser with this index (for tests). */
  isAnchor(t: Token, parser: number): boolean {
    return this.anchorsOf(t).includes(parser);
  }
}

/** Word forms from stems and endings: forms(["летн"], ["ий", "его"]) -> ["летний", "летнего"]. */
export const forms = (stems: Iterable<string>, endings: readonly string[]): string[] =>
  [...stems].flatMap((s) => endings.map((e) => s + e));
