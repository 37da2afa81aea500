// Splits text into tokens with offsets. natural's tokenizers drop Russian punctuation and lose
// offsets (../shared/TOOLING.md), so this is a small Unicode-aware scanner instead.
import type { TokenKind } from './types.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

// One alternation, tried left to right at each position:
//  1. numword: digits then a hyphen and letters ("2-й", "83-летнего") or digits glued to a short suffix ("1ый")
//  2. num: digits with inner separators ("1,5", "1.844.036.360,12", "15:00", "26.11.2025"); thousands
//     groups split by a (no-break) space are joined later by the numbers extractor, not here
//  3. word: letters with inner hyphens or apostrophes
//  4. symbol, 5. any other single non-space character as punctuation
const TOKEN_RE =
  /(\p{N}+(?:[.,:]\p{N}+)*(?:[-‐‑]\p{L}+)+)|(\p{N}+(?:[.,:/]\p{N}+)*)|([\p{L}\p{M}]+(?:[-‐‑'’][\p{L}\p{M}]+)*)|([%‰№$€₽₸£¥₴₼₾§°+=<>#@&*^~|\\©®™])|(\S)/gu;

/** Token boundaries and kinds for a text. */
export function tokenise(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    let kind: TokenKind;
    if (m[1] !== undefined) kind = 'numword';
    else if (m[2] !== undefined) kind = 'num';
    else if (m[3] !== undefined) kind = 'word';
    else if (m[4] !== undefined) kind = 'symbol';
    else kind = 'punct';
    out.push({ start, end, kind });
  }
  return out;
}
