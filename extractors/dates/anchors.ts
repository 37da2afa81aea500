// Where a parser's pattern runs. Every parser declares, as data, the words it cannot match without
// (its anchors): word forms, lemmas (every form of them), or numbers. A sentence with none of a
// parser's anchors is not read by it; a parser that declares a reach reads only the windows around its
// anchors (./windows.ts). Both come from the declarations here, in one place: no parser writes a gate.
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

/** A parser as far as anchors go. */
export interface Anchored {
  anchors: Anchors;
}

/** The anchors of every parser, indexed by word and lemma. */
export class AnchorIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byLemma = new Map<string, number[]>();
  private readonly numbers: Array<{ parser: number; test: RegExp | null }> = [];
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

  /** Calls `hit` with the index of each parser the token is an anchor of (a parser may come twice). */
  private anchorsOf(t: Token, hit: (parser: number) => void): void {
    if (t.kind === 'num' || t.kind === 'numword') {
      for (const { parser, test } of this.numbers) if (!test || test.test(t.norm)) hit(parser);
    }
    if (t.kind !== 'word' && t.kind !== 'numword') return;
    const each = (list: readonly number[] | undefined): void => {
      if (list) for (const i of list) hit(i);
    };
    each(this.byWord.get(t.norm));
    if (/[-–]/.test(t.norm)) for (const part of t.norm.split(/[-–]/)) each(this.byWord.get(part));
    for (const r of t.morph) each(this.byLemma.get(r.lemma));
  }

  /**
   * For each parser, the indices of a sentence's tokens that are its anchors, in order (empty lists
   * for the parsers the sentence has none of).
   */
  sentenceAnchors(doc: AnalysedDoc, sentence: Sentence): number[][] {
    const out: number[][] = Array.from({ length: this.size }, () => []);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      this.anchorsOf(doc.tokens[i]!, (p) => {
        const list = out[p]!;
        if (list[list.length - 1] !== i) list.push(i);
      });
    }
    return out;
  }

  /** Whether a token is an anchor of the parser with this index (for tests). */
  isAnchor(t: Token, parser: number): boolean {
    let found = false;
    this.anchorsOf(t, (p) => {
      if (p === parser) found = true;
    });
    return found;
  }
}

/** Word forms from stems and endings: forms(["летн"], ["ий", "его"]) -> ["летний", "летнего"]. */
export const forms = (stems: Iterable<string>, endings: readonly string[]): string[] =>
  [...stems].flatMap((s) => endings.map((e) => s + e));
