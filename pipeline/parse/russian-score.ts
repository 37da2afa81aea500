// How much a decoded string reads like Russian: the detector behind undeclared single-byte pages.
// Letter frequencies separate the Cyrillic code pages (each maps the same bytes to a permutation
// of the alphabet); a capital inside a lower-case word is the tell of a KOI8-R/windows-1251 swap.
import { readJsonData } from './data-files.js';

const stats = readJsonData<{ letters: Record<string, number>; bigrams: string[] }>('data/ru-letters.json');

// tables indexed by lower-case letter: 0..31 for а..я, 32 for ё; no allocation while scoring
const LETTERS = 33;
const UNKNOWN_LETTER = Math.log(0.0005);
const letterIndex = (c: number): number => (c === 0x451 ? 32 : c - 0x430);
const letterLog = new Float64Array(LETTERS).fill(UNKNOWN_LETTER);
for (const [ch, pct] of Object.entries(stats.letters))
  letterLog[letterIndex(ch.charCodeAt(0))] = Math.log(pct / 100);
const bigram = new Uint8Array(LETTERS * LETTERS);
for (const b of stats.bigrams)
  bigram[letterIndex(b.charCodeAt(0)) * LETTERS + letterIndex(b.charCodeAt(1))] = 1;

const FOREIGN_CHAR = -9;
const TYPOGRAPHY = new Set([
  0xa0, 0xab, 0xbb, 0xa9, 0xae, 0xb0, 0xb1, 0xb7, 0xa7, 0x2013, 0x2014, 0x2116, 0x2022, 0x2026, 0x2018,
  0x2019, 0x201c, 0x201d, 0x201e, 0x2122, 0x20ac,
]);
const CASE_FLIP = -5;
const BIGRAM_BONUS = 1.2;

const isCyrLetter = (c: number): boolean => (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;

/** Mean per-character plausibility of non-ASCII text as Russian (higher is more Russian-like). */
export function russianPlausibility(text: string, limit = 60000): number {
  let score = 0;
  let n = 0;
  let prevLower = -1;
  let prevLetter = false;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      prevLower = -1;
      prevLetter = false;
      continue;
    }
    n++;
    const upper = (c >= 0x410 && c <= 0x42f) || c === 0x401;
    const lower = (c >= 0x430 && c <= 0x44f) || c === 0x451;
    if (!upper && !lower) {
      // typography (NBSP, quotes, dashes, №, ©, •, …) is normal in any correct reading, but not
      // glued inside a word: that is a letter of another code page read as punctuation
      if (!TYPOGRAPHY.has(c)) score += FOREIGN_CHAR;
      else if (c !== 0xa0 && prevLetter && i + 1 < end && isCyrLetter(text.charCodeAt(i + 1)))
        score += FOREIGN_CHAR;
      prevLower = -1;
      prevLetter = false;
      continue;
    }
    prevLetter = true;
    const li = letterIndex(upper ? (c === 0x401 ? 0x451 : c + 0x20) : c);
    score += letterLog[li]!;
    if (upper) {
      if (prevLower >= 0) score += CASE_FLIP;
      prevLower = -1;
    } else {
      if (prevLower >= 0 && bigram[prevLower * LETTERS + li] === 1) score += BIGRAM_BONUS;
      prevLower = li;
    }
  }
  return n === 0 ? -Infinity : score / n;
}
