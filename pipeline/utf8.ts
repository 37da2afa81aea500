// Whether bytes are (mostly) UTF-8: the rule the fetch stage (feeds, sitemaps, local files) and the
// parse stage (pages) share, so a feed and the pages it lists are read alike. A stage-neutral module
// beside log.ts: neither stage imports the other.
import { isUtf8 } from 'node:buffer';

/** What a UTF-8 reading of some bytes would be made of, beyond ASCII. */
export interface Utf8Counts {
  /** well-formed sequences of two to four bytes */
  multibyte: number;
  /** ill-formed sequences: each becomes one U+FFFD (the WHATWG decoder's and Node's count) */
  invalid: number;
}

/** Counts the well-formed multi-byte and the ill-formed sequences of a UTF-8 reading. An
 * ill-formed sequence is a maximal prefix of a valid one (or a byte that starts none), as in the
 * WHATWG decoder: "\xd0A" is one error, "\xe2\x80A" one, "\xff\xff" two. */
export function utf8Counts(buf: Uint8Array): Utf8Counts {
  let multibyte = 0;
  let invalid = 0;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let got = 0;
    while (got < need && j < n) {
      const c = buf[j]!;
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xbf;
      j++;
      got++;
    }
    if (got === need) multibyte++;
    else invalid++; // the byte that broke the sequence starts the next one
    i = j;
  }
  return { multibyte, invalid };
}

// How many well-formed multi-byte sequences a UTF-8 reading needs per ill-formed one. Russian text
// in a single-byte code page is ill-formed UTF-8 nearly everywhere: over the UTF-8 pages of
// ../shared/pages re-encoded, at most 0.23 well-formed per ill-formed (IBM855; windows-1251 0.001,
// KOI8-R 0.04, IBM866 0.17), so both bars leave a wide margin. A declared UTF-8 needs only as many
// good as broken; undeclared bytes (or a single-byte label, which stale templates keep) need
// four to one, i.e. "mostly UTF-8".
export const DECLARED_UTF8_RATIO = 1;
export const UNDECLARED_UTF8_RATIO = 4;

/** How many U+FFFD a UTF-8 reading of the bytes puts in, when they are UTF-8 with at most one
 * broken sequence per `ratio` well-formed ones; null when they are not (mostly) UTF-8. */
export function utf8Replacements(buf: Uint8Array, ratio: number): number | null {
  if (isUtf8(buf)) return 0;
  const c = utf8Counts(buf);
  return c.multibyte >= ratio * c.invalid ? c.invalid : null;
}
