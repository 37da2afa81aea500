// A cheap first look at a word: only words that can start a figure, an ordinal, an age or a vague
// amount go on to the parsers, so the scan costs little over ordinary prose.
import type { Token } from '../../../pipeline/analyse/index.js';
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

/** First letters of every Russian number word, ordinal, age compound and vague amount. */
const FIRST_LETTERS = new Set('одтчпшсвнмгбIVXLCDMk'.split(''));
const ROMAN_RE = /^[IVXLCDM]+$/;

/** Whether a word token may begin a NumberItem. */
export function mayStartNumber(t: Token): boolean {
  const n = t.norm;
  if (!FIRST_LETTERS.has(n[0] ?? '') && !FIRST_LETTERS.has(t.text[0] ?? '')) return false;
  if (STARTERS.has(n)) return true;
  if (n.startsWith('пол') || n.includes('лет') || n.includes('годовал')) return true;
  if (n.length > 8 && COUNT_STEMS.some((s) => n.includes(s))) return true;
  if (ROMAN_RE.test(t.text)) return true;
  for (const p of t.morph) {
    if (p.tags.has('Anum') || MULTIPLIER_LEMMAS.has(p.lemma) || VAGUE_LEMMAS.has(p.lemma)) return true;
  }
  return false;
}
