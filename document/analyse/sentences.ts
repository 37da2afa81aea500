// Sentence boundaries over tokens of one paragraph. A boundary needs a terminal mark (. ! ? …),
// then, past closing quotes, brackets and dashes, a word that starts a sentence. Abbreviations
// ("г.", "т.е.", "им.", "млрд."), initials ("Е. Саиров") and decimals ("1.5") do not end one.
import { FINAL_WHEN_CAPITAL_FOLLOWS, NON_FINAL_ABBREVIATIONS } from './abbreviations.js';
import type { RawToken } from './tokenise.js';

const TERMINAL = /^[.!?…]$/u;
const CLOSERS = new Set(['"', '»', '”', '“', "'", ')', ']', '’']);
const OPENERS = new Set(['"', '«', '„', '“', '(', '[']);
const DASHES = new Set(['-', '–', '—', '‒', '―', '−']);

/** Whether a character starts a sentence: an upper-case letter or a digit. */
function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch);
}

/** The abbreviation that ends just before token `dot` ("т.е" for "т.е."), lower case, or null. */
function abbreviationBefore(text: string, toks: readonly RawToken[], dot: number, lo: number): string | null {
  const w = toks[dot - 1];
  if (!w || dot - 1 < lo || w.kind !== 'word' || w.end !== toks[dot]!.start) return null;
  let key = text.slice(w.start, w.end).toLowerCase();
  // join "т" "." "е" into "т.е"
  let k = dot - 2;
  while (
    k - 1 >= lo &&
    toks[k]!.kind === 'punct' &&
    text[toks[k]!.start] === '.' &&
    toks[k - 1]!.kind === 'word' &&
    toks[k - 1]!.end === toks[k]!.start &&
    toks[k]!.end === toks[k + 1]!.start
  ) {
    key = text.slice(toks[k - 1]!.start, toks[k - 1]!.end).toLowerCase() + '.' + key;
    k -= 2;
  }
  return key;
}

/**
 * Splits tokens [lo, hi) of one paragraph into sentences; returns the token index at which each
 * sentence after the first begins.
 */
export function sentenceStarts(text: string, toks: readonly RawToken[], lo: number, hi: number): number[] {
  const starts: number[] = [];
  for (let t = lo; t < hi; t++) {
    const tok = toks[t]!;
    if (tok.kind !== 'punct') continue;
    const ch = text[tok.start]!;
    if (!TERMINAL.test(ch)) continue;
    // swallow runs like "?!" and "..."
    let j = t + 1;
    while (j < hi && toks[j]!.kind === 'punct' && TERMINAL.test(text[toks[j]!.start]!)) j++;
    // closing quotes and brackets are glued to what they close; a spaced '"' opens the next sentence
    while (
      j < hi &&
      toks[j]!.kind === 'punct' &&
      CLOSERS.has(text[toks[j]!.start]!) &&
      toks[j]!.start === toks[j - 1]!.end
    )
      j++;
    const boundary = j; // first token of the would-be next sentence
    if (boundary >= hi) break;
    // a full stop glued to the next token is inside a number, a URL or an abbreviation chain
    if (ch === '.' && toks[t + 1] && toks[t + 1]!.start === tok.end && boundary === t + 1) continue;
    let k = boundary;
    while (
      k < hi &&
      toks[k]!.kind === 'punct' &&
      (DASHES.has(text[toks[k]!.start]!) || OPENERS.has(text[toks[k]!.start]!))
    )
      k++;
    if (k >= hi) break;
    const next = toks[k]!;
    const nextChar = text[next.start]!;
    if (!startsSentence(nextChar)) {
      t = j - 1;
      continue;
    }
    if (ch === '.') {
      const abbr = abbreviationBefore(text, toks, t, lo);
      if (abbr !== null) {
        const prev = toks[t - 1]!;
        const prevText = text.slice(prev.start, prev.end);
        // an initial: one upper-case letter ("Е. Саиров", "Н.А. Назарбаев")
        if (prevText.length === 1 && /\p{Lu}/u.test(prevText)) continue;
        if (NON_FINAL_ABBREVIATIONS.has(abbr)) {
          // "в 2025 г. Президент": a year abbreviation after a number may end a sentence; "г. Алматы" does not
          const yearAbbr = abbr === 'г' || abbr === 'гг';
          const mayEnd = FINAL_WHEN_CAPITAL_FOLLOWS.has(abbr) && (!yearAbbr || toks[t - 2]?.kind === 'num');
          if (!mayEnd) continue;
        }
      }
    }
    starts.push(boundary);
    t = j - 1;
  }
  return starts;
}
