// A cheap first look at a word: only words that can start a figure, an ordinal, an age or a vague
// amount go on to the parsers, so the scan costs little over ordinary prose.
import type { Token } from '../../../document/analyse/index.js';
import { ORDINAL_STEMS } from '../../../document/lexicon/index.js';
import { SEVERAL, VAGUE_LEMMAS } from '../data/contexts.js';
import { MULTIPLIER_FORMS, MULTIPLIER_LEMMAS } from '../data/multipliers.js';
import { CARDINALS, COLLECTIVES, FRACTION_NOUNS, HALF_FORMS, ZERO_WORDS } from '../data/numberWords.js';
import { COUNT_STEMS } from '../data/suffixes.js';

/** Every form that starts a figure by itself, in one set for one lookup. */
const STARTERS: ReadonlySet<string> = new Set([
  ...CARDINALS.keys(),
  ...COLLECTIVES.keys(),
  ...HALF_FORMS.keys(),
  ...ZERO_WORDS,
  ...SEVERAL,
  ...MULTIPLIER_FORMS.keys(),
  ...FRACTION_NOUNS.keys(),
  'минус',
]);

/** A number for the first three letters of a Cyrillic word, so the gate allocates no string. */
function prefixKey(s: string): number {
  const a = s.charCodeAt(0) - 0x400;
  const b = s.length > 1 ? s.charCodeAt(1) - 0x400 : 0;
  const c = s.length > 2 ? s.charCodeAt(2) - 0x400 : 0;
  if (a < 0 || a > 0xff || b < 0 || b > 0xff || c < 0 || c > 0xff) return -1;
  return (a << 16) | (b << 8) | c;
}

/**
 * The first three letters of every number word, ordinal stem ("пер", "вто", "тре" from the shared
 * stems; "сор", "сот" beyond them), compound-adjective stem ("дву", "сем"), age word ("нес", "сов",
 * "год") and vague amount ("сот").
 */
const PREFIXES: ReadonlySet<number> = new Set(
  [
    ...[...STARTERS].map((s) => s.slice(0, 3)),
    ...ORDINAL_STEMS.map(([stem]) => stem.slice(0, 3)),
    ...['дву', 'сор', 'сот', 'сто', 'тыс', 'мил', 'пол', 'нес', 'сов', 'год', 'сем', 'тро', 'дво', 'нул'],
  ]
    .map(prefixKey)
    .filter((k) => k >= 0),
);

const ROMAN_RE = /^[IVXLCDM]+$/;

/** Whether a word token may begin a NumberItem. */
export function mayStartNumber(t: Token): boolean {
  const n = t.norm;
  if (!PREFIXES.has(prefixKey(n))) {
    const c = t.text.charCodeAt(0);
    // Roman numerals: capital Latin I, V, X, L, C, D, M
    return c >= 67 && c <= 88 && ROMAN_RE.test(t.text);
  }
  if (STARTERS.has(n)) return true;
  if (n.startsWith('пол') || n.includes('лет') || n.includes('годовал')) return true;
  if (n.length > 8 && COUNT_STEMS.some((s) => n.includes(s))) return true;
  for (const p of t.morph) {
    if (p.tags.has('Anum') || MULTIPLIER_LEMMAS.has(p.lemma) || VAGUE_LEMMAS.has(p.lemma)) return true;
  }
  return false;
}
