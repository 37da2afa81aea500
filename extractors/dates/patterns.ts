// Regular-expression fragments built once from the word tables; every parser pattern runs over doc.lower.
import { MONTHS } from '../../document/lexicon/index.js';
import type { Anchors } from './anchors.js';
import {
  NUMBER_WORDS,
  ONE_AND_HALF,
  ORDINAL_WORDS,
  PERIOD_PARTS,
  RELATIVE_SHIFT,
  UNIT_FORMS,
  VAGUE_COUNTS,
  WEEKDAY_FORMS,
} from './constants.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** Words as a prefix tree: "март", "марта", "мартом" -> "март(?:а|ом)?". */
function trie(node: TrieNode): string {
  const branches = [...node.next]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ch, child]) => escape(ch) + trie(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * An alternation of words, the longer of two that share a start tried first ("марта" before "мар"),
 * written as a prefix tree: the engine then follows one branch per character instead of trying
 * each word in turn. (A first-character lookahead in front of it once spared work, but V8's
 * compiled regular expressions then missed matches its interpreter found: "в течение полугода"
 * came out as "полугода" from the second call on.)
 */
export function alt(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trie(root)})`;
}

/**
 * The letters of the scripts met in news (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Georgian, with their accents), as code-point ranges for a character class. Patterns use these in
 * place of \p{L}: a \p{L} class is some six hundred ranges, which irregexp compiles into a search
 * tree at every place it is used (the year pattern took 60 KB of bytecode with them, 11 KB
 * without), and a \p{L} lookbehind tried at every position costs four times as much.
 */
export const LETTERS =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u058f\\u05d0-\\u05ea\\u0600-\\u06ff\\u10a0-\\u10ff\\u1e00-\\u1fff';
/** One letter (see LETTERS). */
export const LETTER = `[${LETTERS}]`;
/** One letter or digit: what may not touch a word or number at its edges. */
export const WORD_CHAR = `[0-9${LETTERS}]`;

/** Left and right word boundaries for Cyrillic text (JS \b is ASCII-only). */
export const L = `(?<!${WORD_CHAR})`;
export const R = `(?!${WORD_CHAR})`;

// An abbreviation this extractor has never read as a month ("ноя"); the numbers extractor does.
const NOT_MONTH_HERE = 'ноя';
const monthOf = new Map<string, number>();
const monthAbbreviations = new Set<string>();
for (const m of MONTHS) {
  for (const f of [m.nominative, m.genitive, m.prepositional, m.dative, m.instrumental])
    monthOf.set(f, m.month);
  for (const a of m.abbreviations.filter((f) => f !== NOT_MONTH_HERE)) {
    monthOf.set(a, m.month);
    monthAbbreviations.add(a);
  }
}
const weekdayOf = new Map<string, number>();
for (const [n, forms] of Object.entries(WEEKDAY_FORMS)) for (const f of forms) weekdayOf.set(f, Number(n));
const unitOf = new Map<string, string>();
for (const [u, forms] of Object.entries(UNIT_FORMS)) for (const f of forms) unitOf.set(f, u);

/** Month number of a month word form (lower case, ё folded), or undefined. */
export const monthNumber = (w: string): number | undefined => monthOf.get(w);
/** ISO weekday of a weekday word form, or undefined. */
export const weekdayNumber = (w: string): number | undefined => weekdayOf.get(w);
/** Unit key ("year", "hour", …) of a unit word form, or undefined. */
export const unitKey = (w: string): string | undefined => unitOf.get(w);

/** Whether a month form is a bare abbreviation ("дек"), which needs a day or year beside it. */
export const isMonthAbbreviation = (w: string): boolean => monthAbbreviations.has(w);

export const MONTH = `(?:${alt(monthOf.keys())})`;
export const WEEKDAY = `(?:${alt(weekdayOf.keys())})`;
export const UNIT = `(?:${alt(unitOf.keys())})`;
/** Anchors of patterns that need a month name: every form of the twelve, and their abbreviations. */
export const MONTH_ANCHORS: Anchors = {
  lemmas: MONTHS.map((m) => m.nominative),
  words: [...monthOf.keys()],
};
/** Anchors of patterns that need a unit of time: every form of the units, and their abbreviations. */
export const UNIT_ANCHORS: Anchors = {
  lemmas: [
    'секунда',
    'минута',
    'час',
    'день',
    'сутки',
    'неделя',
    'месяц',
    'квартал',
    'год',
    'десятилетие',
    'век',
    'столетие',
  ],
  words: [...unitOf.keys()],
};
/** Anchors of patterns that need a four-digit year: "2025", "2018/19", "1990-х". */
export const YEAR_ANCHORS: Anchors = { numbers: /\d{4}/u };

/** a year word after a year number; "г" without its dot, which stays outside the span */
export const YEAR_WORD = `(?:года|году|годом|годе|год|г)(?!${LETTER})`;
export const YEARS_WORD = `(?:годы|годах|годов|годам|годами|гг|г)(?!${LETTER})`;
export const YEAR_NUM = '(?:1[0-9]{3}|20[0-9]{2})';
export const DASH = ' *[-–] *';
export const REL = `(?:${alt(Object.keys(RELATIVE_SHIFT))})`;
export const PART = `(?:${alt(Object.keys(PERIOD_PARTS))})`;
export const ORDINAL = `(?:${alt(Object.keys(ORDINAL_WORDS))})`;
const NUMWORD = alt(Object.keys(NUMBER_WORDS));
/** a count: digits with a decimal part, one to three number words, "полтора", a vague count */
export const COUNT = `(?:\\d+(?:[.,]\\d+)?|(?:${NUMWORD})(?: +(?:${NUMWORD})){0,2}|${alt(ONE_AND_HALF)}|${alt(VAGUE_COUNTS)})`;

/** The value of a count written in words or digits; NaN for a vague count, null when unreadable. */
export function countValue(text: string): number | null {
  const t = text.trim();
  if (/^\d/.test(t)) return Number(t.replace(',', '.'));
  if (ONE_AND_HALF.includes(t)) return 1.5;
  if (VAGUE_COUNTS.includes(t)) return NaN;
  let sum = 0;
  for (const w of t.split(/ +/)) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** Compiles a parser pattern: global, Unicode, over lower-cased text. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'gu');
}
