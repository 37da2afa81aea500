// The feature buckets that read a word's form alone (its lower-cased text, lemma, suffixes, dictionary
// and part-of-speech codes), for the word itself and for the words beside it: hashed once per form and
// kept, so a word seen before costs a copy instead of fifteen hashes.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { f1, f2, suffixHash } from './hash.js';
import type { TokenInfo } from './token-info.js';

/** Slots of a token's row: which template each holds (see token-features.ts). */
export const FB_LOW = 0;
export const FB_LOW_PREV = 1;
export const FB_LOW_NEXT = 2;
export const FB_LEMMA_PREV = 3;
export const FB_LEMMA_NEXT = 4;
export const FB_SUFFIX3 = 5;
export const FB_SUFFIX2 = 6;
/** five slots: the dictionary code read from two tokens before to two after */
export const FB_AZ = 7;
/** three slots: part of speech and case read from the token before to the token after */
export const FB_POSCASE = 12;
/** Ints per row. */
export const FB_STRIDE = 16;

/** The template of each slot that hashes one value (the suffix slots hash two). */
const TEMPLATES = [2, 3, 4, 5, 6, 7, 8, 18, 19, 20, 21, 22, 29, 30, 31];

/** Each slot's bucket for a neighbour outside the sentence: before the token, after it. */
export const BEFORE = Int32Array.from(TEMPLATES, (t) => f1(t, -1));
export const AFTER = Int32Array.from(TEMPLATES, (t) => f1(t, -2));

/**
 * Rows by form number, in a fixed number of slots: a form goes to slot `form % SLOTS`, replacing
 * another form there, so memory stays flat over any number of articles (the morphology keeps at
 * most 40,000 forms at a time).
 */
const SLOTS = 1 << 16;
const byForm = new Int32Array(SLOTS * FB_STRIDE);
const slotForm = new Int32Array(SLOTS).fill(-1);

/** Writes token i's form buckets at `out[at ..]`. */
function hashRow(doc: AnalysedDoc, info: TokenInfo, i: number, out: Int32Array, at: number): void {
  const t = doc.tokens[i]!;
  const low = info.low[i]!;
  const lemma = info.lemma[i]!;
  const az = info.az[i]!;
  const pc = info.posCase[i]!;
  const up = t.upper ? 1 : 0;
  out[at + FB_LOW] = f1(2, low);
  out[at + FB_LOW_PREV] = f1(3, low);
  out[at + FB_LOW_NEXT] = f1(4, low);
  out[at + FB_LEMMA_PREV] = f1(5, lemma);
  out[at + FB_LEMMA_NEXT] = f1(6, lemma);
  out[at + FB_SUFFIX3] = f2(7, suffixHash(t.norm, 3), up);
  out[at + FB_SUFFIX2] = f2(8, suffixHash(t.norm, 2), up);
  for (let k = 0; k < 5; k++) out[at + FB_AZ + k] = f1(18 + k, az);
  for (let k = 0; k < 3; k++) out[at + FB_POSCASE + k] = f1(29 + k, pc);
}

/** Documents up to this many tokens get their rows in one array kept for the next (512 KB). */
const REUSE_MAX = 1 << 13;
const reused = new Int32Array(REUSE_MAX * FB_STRIDE);

/**
 * The form buckets of every token of a document, token i's at `[i * FB_STRIDE ..]`. The array may
 * be reused by the next call: read it before featurising another document.
 */
export function formBuckets(doc: AnalysedDoc, info: TokenInfo): Int32Array {
  const n = info.n;
  const rows = n <= REUSE_MAX ? reused : new Int32Array(n * FB_STRIDE);
  const toks = doc.tokens;
  for (let i = 0; i < n; i++) {
    const form = toks[i]!.form;
    const at = i * FB_STRIDE;
    if (toks[i]!.kind !== 'word' || form < 0) {
      hashRow(doc, info, i, rows, at);
      continue;
    }
    const slot = form % SLOTS;
    if (slotForm[slot] !== form) {
      slotForm[slot] = form;
      hashRow(doc, info, i, byForm, slot * FB_STRIDE);
    }
    for (let k = 0; k < FB_STRIDE; k++) rows[at + k] = byForm[slot * FB_STRIDE + k]!;
  }
  return rows;
}
