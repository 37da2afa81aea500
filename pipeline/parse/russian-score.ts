// How much a decoded string reads like Russian: the detector behind undeclared single-byte pages.
// Letter frequencies separate the Cyrillic code pages (each maps the same bytes to a permutation
// of the alphabet); a capital inside a lower-case word is the tell of a KOI8-R/windows-1251 swap.
import { readJsonData } from './data-files.js';

const stats = readJsonData<{ letters: Record<string, number>; bigrams: string[] }>('data/ru-letters.json');
const letterLog = new Map<number, number>();
for (const [ch, pct] of Object.entries(stats.letters)) letterLog.set(ch.charCodeAt(0), Math.log(pct / 100));
const bigramSet = new Set(stats.bigrams);

const UNKNOWN_LETTER = Math.log(0.0005);
const FOREIGN_CHAR = -9;
const CASE_FLIP = -5;
const BIGRAM_BONUS = 1.2;

function isCyrUpper(c: number): boolean {
  return (c >= 0x410 && c <= 0x42f) || c === 0x401;
}
function isCyrLower(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || c === 0x451;
}

/** Mean per-character plausibility of non-ASCII text as Russian (higher is more Russian-like). */
export function russianPlausibility(text: string, limit = 60000): number {
  let score = 0;
  let n = 0;
  let prev = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      prev = c;
      continue;
    }
    n++;
    const upper = isCyrUpper(c);
    const lower = isCyrLower(c);
    if (!upper && !lower) {
      // NBSP, typographic quotes and dashes are normal in any reading.
      if (c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0x2014 && c !== 0x2013 && c !== 0x2116)
        score += FOREIGN_CHAR;
      prev = c;
      continue;
    }
    const lc = upper ? (c === 0x401 ? 0x451 : c + 0x20) : c;
    score += letterLog.get(lc) ?? UNKNOWN_LETTER;
    if (upper && isCyrLower(prev)) score += CASE_FLIP;
    if (lower && isCyrLower(prev) && bigramSet.has(String.fromCharCode(prev, c))) score += BIGRAM_BONUS;
    prev = c;
  }
  return n === 0 ? -Infinity : score / n;
}
