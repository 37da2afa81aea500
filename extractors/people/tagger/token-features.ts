// The feature templates: every token gets a list of hashed feature buckets from its own codes and
// those of its neighbours (±2), its document code and its gazetteer code.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { DOC_BITS } from './doc-features.js';
import { f1, f2, suffixHash } from './hash.js';
import { NF_CORE, type TokenInfo } from './token-info.js';

/** Feature buckets of a document's tokens: token i owns ids[offsets[i] .. offsets[i+1]). */
export interface FeatureMatrix {
  offsets: Int32Array;
  ids: Int32Array;
}

const NAME_AZ = 1 | 2 | 4;

/** Hashed features of every token of a document. */
export function featurize(
  doc: AnalysedDoc,
  info: TokenInfo,
  docc: Int32Array,
  gaz: Uint8Array,
): FeatureMatrix {
  const n = info.n;
  const offsets = new Int32Array(n + 1);
  let ids = new Int32Array(Math.max(64, n * 64));
  let len = 0;
  const push = (id: number): void => {
    if (len === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[len++] = id;
  };
  const { shape, az, posCase, low, lemma, nf, rule, initial } = info;
  const toks = doc.tokens;
  // neighbour code or a boundary marker outside the document or the sentence
  const at = (arr: Int32Array | Uint8Array, i: number, d: number): number => {
    const j = i + d;
    if (j < 0 || j >= n || toks[j]!.sentence !== toks[i]!.sentence) return -1 - (d < 0 ? 0 : 1);
    return arr[j]!;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    const t = toks[i]!;
    const init = initial[i]!;
    const up = t.upper ? 1 : 0;
    push(f1(1, 0));
    push(f1(2, low[i]!));
    push(f1(3, at(low, i, -1)));
    push(f1(4, at(low, i, 1)));
    push(f1(5, at(lemma, i, -1)));
    push(f1(6, at(lemma, i, 1)));
    if (t.kind === 'word') {
      push(f2(7, suffixHash(t.norm, 3), up));
      push(f2(8, suffixHash(t.norm, 2), up));
    }
    for (let d = -2; d <= 2; d++) push(f1(10 + d, at(shape, i, d)));
    push(f2(13, at(shape, i, -1), shape[i]!));
    push(f2(14, shape[i]!, at(shape, i, 1)));
    for (let d = -2; d <= 2; d++) push(f1(20 + d, at(az, i, d)));
    const a = az[i]!;
    for (let b = 0; b < 18; b++) if (a & (1 << b)) push(f2(23, b, up));
    push(f2(24, at(az, i, -1) & NAME_AZ, a & NAME_AZ));
    push(f2(25, a & NAME_AZ, at(az, i, 1) & NAME_AZ));
    for (let d = -1; d <= 1; d++) push(f1(30 + d, at(posCase, i, d)));
    const pc = posCase[i]!;
    const nextPc = at(posCase, i, 1);
    if (up && (shape[i + 1] ?? 0) & 8 && (pc & 15) !== 0 && (pc & 15) === (nextPc & 15))
      push(f1(32, pc & 15));
    for (let d = -1; d <= 1; d++) push(f1(40 + d, at(nf, i, d)));
    const g = nf[i]!;
    for (let b = 0; b < 15; b++) if (g & (1 << b)) push(f2(42, b, init));
    push(f2(43, at(nf, i, -1) & NF_CORE, g & NF_CORE));
    push(f2(44, g & NF_CORE, at(nf, i, 1) & NF_CORE));
    for (let d = -1; d <= 1; d++) push(f1(50 + d, at(rule, i, d)));
    push(f2(52, rule[i]!, init));
    push(f2(53, rule[i]!, g & NF_CORE));
    const dc = docc[i]!;
    if (dc !== 0) {
      push(f2(60, dc, init));
      for (let b = 0; b < DOC_BITS; b++) if (dc & (1 << b)) push(f2(61, b, init * 2 + up));
      push(f2(62, dc & 0x3f, g & NF_CORE));
    }
    for (let d = -1; d <= 1; d++) push(f1(70 + d, at(gaz, i, d)));
    push(f2(72, gaz[i]!, init));
    push(f2(73, gaz[i]!, g & NF_CORE));
    push(f2(80, init, shape[i]!));
    push(f2(81, init, a & 0xff));
  }
  offsets[n] = len;
  return { offsets, ids: ids.subarray(0, len) };
}
