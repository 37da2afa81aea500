// The analysed document: built once per article, read by every extractor. Offsets always point
// into the original `text`; normalisation lives in same-length views (`view`, `lower`).

export type Pos =
  | 'NOUN'
  | 'ADJF'
  | 'ADJS'
  | 'COMP'
  | 'VERB'
  | 'INFN'
  | 'PRTF'
  | 'PRTS'
  | 'GRND'
  | 'NUMR'
  | 'ADVB'
  | 'NPRO'
  | 'PRED'
  | 'PREP'
  | 'CONJ'
  | 'PRCL'
  | 'INTJ';
export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct' | 'voct' | 'gen2' | 'acc2' | 'loc2';
export type GNumber = 'sing' | 'plur';
export type Gender = 'masc' | 'femn' | 'neut' | 'ms-f';
export type NameTag = 'first' | 'surname' | 'patronymic';

/** One morphological reading of a word form (OpenCorpora grammemes). */
export interface Parse {
  lemma: string;
  pos: Pos | null;
  case: Case | null;
  number: GNumber | null;
  gender: Gender | null;
  /** First name, surname or patronymic, from the dictionary's Name/Surn/Patr tags. */
  name: NameTag | null;
  /** Every grammeme of the reading ("NOUN", "anim", "Geox", "Abbr", "past", ...). */
  tags: ReadonlySet<string>;
  score: number;
  /** True when the dictionary did not know the word and the reading was guessed from its suffix. */
  guessed: boolean;
}

export type TokenKind =
  /** letters, with inner hyphens or apostrophes: "пресс-секретарь", "О'Нил" */
  | 'word'
  /** digits with inner separators: "52", "1,5", "1.844.036.360,12", "15:00", "26.11.2025" */
  | 'num'
  /** digits joined to letters by a hyphen or directly: "2-й", "83-летнего", "5,3млн" is num + word */
  | 'numword'
  | 'punct'
  /** %, №, $, ₸, € and other symbols */
  | 'symbol';

export interface Token {
  /** index in doc.tokens */
  i: number;
  start: number;
  end: number;
  text: string;
  /** lower-cased, ё -> е, typographic variants folded; same length as text */
  norm: string;
  kind: TokenKind;
  /** index of the sentence and paragraph that hold it */
  sentence: number;
  paragraph: number;
  /** whether whitespace precedes it (and whether that whitespace contains a line break) */
  spaceBefore: boolean;
  newlineBefore: boolean;
  /** the first letter is upper case */
  upper: boolean;
  /** readings, best first; empty for non-words */
  morph: readonly Parse[];
  /**
   * The number of this word form as written (ё and е alike) in this process, -1 for non-words:
   * tokens of one form share it, so an extractor can remember a per-form result in an array.
   */
  form: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** tokens[firstToken .. endToken) */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Paragraph {
  i: number;
  start: number;
  end: number;
}

export interface DocMeta {
  /** ISO 8601 publication time, with offset when known */
  published: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** offset in minutes east of UTC for the outlet (e.g. 300 for Kazakhstan), when known */
  tzOffsetMinutes: number | null;
}

export interface AnalysedDoc {
  /** the original text, never rewritten */
  readonly text: string;
  /** same length as text: no-break and odd spaces -> ' ', dashes -> '–' or '-', quotes -> '"', ё -> е */
  readonly view: string;
  /** view, lower-cased (same length) */
  readonly lower: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly meta: DocMeta;
  /** index of the token that covers or starts at or after a text offset (tokens.length when none) */
  tokenAt(offset: number): number;
}
