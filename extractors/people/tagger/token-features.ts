// The feature templates: every token gets a list of hashed feature buckets from its own codes and
// those of its neighbours (±2), its document code and its gazetteer code. The buckets that read a
// word's form alone are hashed once per form (form-buckets.ts); the rest once per token.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { DOC_BITS } from './doc-features.js';
import {
  AFTER,
  BEFORE,
  FB_AZ,
  FB_LEMMA_NEXT,
  FB_LEMMA_PREV,
  FB_LOW,
  FB_LOW_NEXT,
  FB_LOW_PREV,
  FB_POSCASE,
  FB_SUFFIX2,
  FB_SUFFIX3,
  FB_STRIDE,
  formBuckets,
} from './form-buckets.js';
import { f1, f2 } from './hash.js';
import { NF_CORE, type TokenInfo } from './token-info.js';

/** Feature buckets of a document's tokens: token i owns ids[offsets[i] .. offsets[i+1]). */
export interface FeatureMatrix {
  offsets: Int32Array;
  ids: Int32Array;
}

const NAME_AZ = 1 | 2 | 4;
/** More than any token's number of features (91 with every bit of every code set). */
const MAX_PER_TOKEN = 128;

/** Buckets of templates over a few small values, hashed once: `table[v * width + w]`. */
function small(template: number, values: number, width: number): Int32Array {
  const out = new Int32Array(values * width);
  for (let v = 0; v < values; v++) for (let w = 0; w < width; w++) out[v * width + w] = f2(template, v, w);
  return out;
}
const CONSTANT = f1(1, 0);
const AZ_BIT = small(23, 18, 2);
const NF_BIT = small(42, 15, 2);
const DOC_BIT = small(61, DOC_BITS, 4);

/**
 * Up to this many tokens a transient matrix is written into arrays kept for the next document: a
 * longer text gets arrays of its own, dropped after it, so what stays is small (1.6 MB).
 */
const REUSE_MAX = 1 << 13;
const reusedOffsets = new Int32Array(REUSE_MAX + 1);
const reusedIds = new Int32Array(REUSE_MAX * 48);

/**
 * Hashed features of every token of a document. A `transient` matrix may live in arrays the next
 * transient call reuses (decoding reads it at once; training keeps its matrices).
 */
export function featurize(
  doc: AnalysedDoc,
  info: TokenInfo,
  docc: Int32Array,
  gaz: Uint8Array,
  transient = false,
): FeatureMatrix {
  const n = info.n;
  const reuse = transient && n <= REUSE_MAX;
  const offsets = reuse ? reusedOffsets.subarray(0, n + 1) : new Int32Array(n + 1);
  let ids = reuse ? reusedIds : new Int32Array(Math.max(MAX_PER_TOKEN, n * 48));
  let len = 0;
  const fb = formBuckets(doc, info);
  const { shape, az, nf, rule, initial } = info;
  const toks = doc.tokens;
  // tokens [lo, hi) are the sentence of token i: neighbours outside it read as BEFORE or AFTER
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    if (i === hi) {
      lo = i;
      hi = i + 1;
      while (hi < n && toks[hi]!.sentence === toks[i]!.sentence) hi++;
    }
    if (len + MAX_PER_TOKEN > ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    offsets[i] = len;
    const t = toks[i]!;
    const init = initial[i]!;
    const up = t.upper ? 1 : 0;
    const p1 = i - 1 >= lo;
    const p2 = i - 2 >= lo;
    const n1 = i + 1 < hi;
    const n2 = i + 2 < hi;
    const row = i * FB_STRIDE;
    // the neighbour's form buckets, or the template's boundary bucket at the row's own slot
    const prevRow = p1 ? row - FB_STRIDE : -1;
    const nextRow = n1 ? row + FB_STRIDE : -1;
    ids[len++] = CONSTANT;
    ids[len++] = fb[row + FB_LOW]!;
    ids[len++] = p1 ? fb[prevRow + FB_LOW_PREV]! : BEFORE[FB_LOW_PREV]!;
    ids[len++] = n1 ? fb[nextRow + FB_LOW_NEXT]! : AFTER[FB_LOW_NEXT]!;
    ids[len++] = p1 ? fb[prevRow + FB_LEMMA_PREV]! : BEFORE[FB_LEMMA_PREV]!;
    ids[len++] = n1 ? fb[nextRow + FB_LEMMA_NEXT]! : AFTER[FB_LEMMA_NEXT]!;
    if (t.kind === 'word') {
      ids[len++] = fb[row + FB_SUFFIX3]!;
      ids[len++] = fb[row + FB_SUFFIX2]!;
    }
    const s = shape[i]!;
    const sp1 = p1 ? shape[i - 1]! : -1;
    const sn1 = n1 ? shape[i + 1]! : -2;
    ids[len++] = f1(8, p2 ? shape[i - 2]! : -1);
    ids[len++] = f1(9, sp1);
    ids[len++] = f1(10, s);
    ids[len++] = f1(11, sn1);
    ids[len++] = f1(12, n2 ? shape[i + 2]! : -2);
    ids[len++] = f2(13, sp1, s);
    ids[len++] = f2(14, s, sn1);
    ids[len++] = p2 ? fb[row - 2 * FB_STRIDE + FB_AZ]! : BEFORE[FB_AZ]!;
    ids[len++] = p1 ? fb[prevRow + FB_AZ + 1]! : BEFORE[FB_AZ + 1]!;
    ids[len++] = fb[row + FB_AZ + 2]!;
    ids[len++] = n1 ? fb[nextRow + FB_AZ + 3]! : AFTER[FB_AZ + 3]!;
    ids[len++] = n2 ? fb[row + 2 * FB_STRIDE + FB_AZ + 4]! : AFTER[FB_AZ + 4]!;
    const a = az[i]!;
    for (let b = 0; b < 18; b++) if (a & (1 << b)) ids[len++] = AZ_BIT[b * 2 + up]!;
    ids[len++] = f2(24, (p1 ? az[i - 1]! : -1) & NAME_AZ, a & NAME_AZ);
    ids[len++] = f2(25, a & NAME_AZ, (n1 ? az[i + 1]! : -2) & NAME_AZ);
    ids[len++] = p1 ? fb[prevRow + FB_POSCASE]! : BEFORE[FB_POSCASE]!;
    ids[len++] = fb[row + FB_POSCASE + 1]!;
    ids[len++] = n1 ? fb[nextRow + FB_POSCASE + 2]! : AFTER[FB_POSCASE + 2]!;
    const pc = info.posCase[i]!;
    const nextPc = n1 ? info.posCase[i + 1]! : -2;
    if (up && (i + 1 < n ? shape[i + 1]! : 0) & 8 && (pc & 15) !== 0 && (pc & 15) === (nextPc & 15))
      ids[len++] = f1(32, pc & 15);
    const g = nf[i]!;
    const gp = p1 ? nf[i - 1]! : -1;
    const gn = n1 ? nf[i + 1]! : -2;
    ids[len++] = f1(39, gp);
    ids[len++] = f1(40, g);
    ids[len++] = f1(41, gn);
    for (let b = 0; b < 15; b++) if (g & (1 << b)) ids[len++] = NF_BIT[b * 2 + init]!;
    ids[len++] = f2(43, gp & NF_CORE, g & NF_CORE);
    ids[len++] = f2(44, g & NF_CORE, gn & NF_CORE);
    const r = rule[i]!;
    ids[len++] = f1(49, p1 ? rule[i - 1]! : -1);
    ids[len++] = f1(50, r);
    ids[len++] = f1(51, n1 ? rule[i + 1]! : -2);
    ids[len++] = f2(52, r, init);
    ids[len++] = f2(53, r, g & NF_CORE);
    const dc = docc[i]!;
    if (dc !== 0) {
      ids[len++] = f2(60, dc, init);
      for (let b = 0; b < DOC_BITS; b++) if (dc & (1 << b)) ids[len++] = DOC_BIT[b * 4 + init * 2 + up]!;
      ids[len++] = f2(62, dc & 0x3f, g & NF_CORE);
    }
    const z = gaz[i]!;
    ids[len++] = f1(69, p1 ? gaz[i - 1]! : -1);
    ids[len++] = f1(70, z);
    ids[len++] = f1(71, n1 ? gaz[i + 1]! : -2);
    ids[len++] = f2(72, z, init);
    ids[len++] = f2(73, z, g & NF_CORE);
    ids[len++] = f2(80, init, s);
    ids[len++] = f2(81, init, a & 0xff);
  }
  offsets[n] = len;
  return { offsets, ids: ids.subarray(0, len) };
}
