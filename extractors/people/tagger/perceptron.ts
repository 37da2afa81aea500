// An averaged structured perceptron over BIO tags: Viterbi decodes each sentence with the current
// weights, and every wrong tag or tag transition moves the weights towards the gold sequence.
// Deterministic: the sentence order of each epoch comes from a seeded generator.
import { NTAGS } from './bio.js';
import { HASH_BITS } from './hash.js';
import type { FeatureMatrix } from './token-features.js';
import { viterbi } from './viterbi.js';
import { seededRandom } from '../../../document/seeded-random.js';

/**
 * A trained model. Emission weights are kept for the buckets that have any (some 15,000 of the
 * 2^20), in ascending bucket order, `weights[row*3 + tag]`: with the map from bucket to row they take
 * 400 KB that stay in cache, where the full 12 MB table did not. Transition weights are
 * `trans[(prev+1)*3 + tag]`, prev -1 = start.
 */
export interface TaggerModel {
  /**
   * Per 32 buckets, two ints: which of them carry weights (bit b for bucket 32w + b) and the rows of
   * the weighted buckets before them; a bucket's row is that count plus its weighted predecessors
   * among the 32 (see `rowOf`).
   */
  rows: Int32Array;
  weights: Float32Array;
  trans: Float32Array;
}

/** Set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The map from bucket to row of weighted buckets given in ascending order. */
function rowMap(buckets: ArrayLike<number>): Int32Array {
  const rows = new Int32Array((1 << HASH_BITS) / 16);
  for (let j = 0; j < buckets.length; j++) {
    const w = (buckets[j]! >>> 5) * 2;
    rows[w] = rows[w]! | (1 << (buckets[j]! & 31));
  }
  let before = 0;
  for (let w = 0; w < rows.length; w += 2) {
    rows[w + 1] = before;
    before += popcount(rows[w]!);
  }
  return rows;
}

/** The row of a bucket's weights, or -1 when it carries none. */
export function rowOf(model: TaggerModel, bucket: number): number {
  const w = (bucket >>> 5) * 2;
  const below = model.rows[w]! & ((1 << (bucket & 31)) - 1);
  return model.rows[w]! & (1 << (bucket & 31)) ? model.rows[w + 1]! + popcount(below) : -1;
}

/** A model from its weighted buckets (ascending), their weights (row by row) and transitions. */
export function sparseModel(
  buckets: ArrayLike<number>,
  weights: Float32Array,
  trans: Float32Array,
): TaggerModel {
  return { rows: rowMap(buckets), weights, trans };
}

/** The model of a full emission table (bucket*3 + tag) and transitions. */
export function compactModel(full: ArrayLike<number>, trans: Float32Array): TaggerModel {
  const buckets: number[] = [];
  for (let b = 0; b < 1 << HASH_BITS; b++)
    if (full[b * NTAGS] !== 0 || full[b * NTAGS + 1] !== 0 || full[b * NTAGS + 2] !== 0) buckets.push(b);
  const weights = new Float32Array(buckets.length * NTAGS);
  buckets.forEach((b, r) => {
    for (let y = 0; y < NTAGS; y++) weights[r * NTAGS + y] = full[b * NTAGS + y]!;
  });
  return sparseModel(buckets, weights, trans);
}

/** The full emission table (bucket*3 + tag) of a model. */
export function fullWeights(model: TaggerModel): Float32Array {
  const full = new Float32Array((1 << HASH_BITS) * NTAGS);
  for (let b = 0; b < 1 << HASH_BITS; b++) {
    const r = rowOf(model, b);
    for (let y = 0; y < NTAGS && r >= 0; y++) full[b * NTAGS + y] = model.weights[r * NTAGS + y]!;
  }
  return full;
}

/** One training sentence: tokens [from, to) of a feature matrix and their gold tags. */
export interface Sequence {
  fm: FeatureMatrix;
  from: number;
  to: number;
  gold: Uint8Array;
}

/** Training settings. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** progress lines go here (stderr), never to stdout */
  log?: (line: string) => void;
}

/** Number of transition weights. */
export const NTRANS = (NTAGS + 1) * NTAGS;

/** Emission scores of tokens [from, to) into `emit` (length >= (to-from)*3). */
export function emissions(
  fm: FeatureMatrix,
  from: number,
  to: number,
  w: ArrayLike<number>,
  emit: Float64Array,
): void {
  const { offsets, ids } = fm;
  for (let i = from; i < to; i++) {
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const b = ids[k]! * NTAGS;
      e0 += w[b]!;
      e1 += w[b + 1]!;
      e2 += w[b + 2]!;
    }
    const o = (i - from) * NTAGS;
    emit[o] = e0;
    emit[o + 1] = e1;
    emit[o + 2] = e2;
  }
}

/** Emission scores of tokens [from, to) under a model, as `emissions` gives them from its full table. */
function modelEmissions(
  fm: FeatureMatrix,
  from: number,
  to: number,
  model: TaggerModel,
  emit: Float64Array,
): void {
  const { offsets, ids } = fm;
  const { rows, weights: w } = model;
  for (let i = from; i < to; i++) {
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      // rowOf, spelled out: this runs some fifty times per token
      const id = ids[k]!;
      const at = (id >>> 5) * 2;
      const bit = 1 << (id & 31);
      const word = rows[at]!;
      if ((word & bit) === 0) continue;
      let x = word & (bit - 1);
      x -= (x >>> 1) & 0x55555555;
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      const b = (rows[at + 1]! + (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)) * NTAGS;
      e0 += w[b]!;
      e1 += w[b + 1]!;
      e2 += w[b + 2]!;
    }
    const o = (i - from) * NTAGS;
    emit[o] = e0;
    emit[o + 1] = e1;
    emit[o + 2] = e2;
  }
}

/** Emission scores of sentences up to 1,024 tokens go here; a longer one gets an array of its own. */
const reusedEmit = new Float64Array(1024 * NTAGS);

/** Decodes tokens [from, to) of a feature matrix with a model; returns their tags. */
export function decode(model: TaggerModel, fm: FeatureMatrix, from: number, to: number): Uint8Array {
  const n = to - from;
  const emit = n <= 1024 ? reusedEmit : new Float64Array(n * NTAGS);
  modelEmissions(fm, from, to, model, emit);
  const out = new Uint8Array(n);
  viterbi(n, emit, model.trans, out);
  return out;
}

/** Trains an averaged perceptron on sentences; same input, options and order give the same weights. */
export function trainPerceptron(seqs: readonly Sequence[], opts: TrainOptions): TaggerModel {
  const dim = (1 << HASH_BITS) * NTAGS;
  const w = new Float64Array(dim);
  const u = new Float64Array(dim);
  const tw = new Float64Array(NTRANS);
  const tu = new Float64Array(NTRANS);
  let c = 1;
  const rand = seededRandom(opts.seed);
  const order = seqs.map((_, k) => k);
  let maxLen = 1;
  for (const s of seqs) maxLen = Math.max(maxLen, s.to - s.from);
  const emit = new Float64Array(maxLen * NTAGS);
  const pred = new Uint8Array(maxLen);
  const upd = (arr: Float64Array, acc: Float64Array, k: number, d: number): void => {
    arr[k] = arr[k]! + d;
    acc[k] = acc[k]! + c * d;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      const x = order[k]!;
      order[k] = order[j]!;
      order[j] = x;
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const s = seqs[idx]!;
      const n = s.to - s.from;
      tokens += n;
      emissions(s.fm, s.from, s.to, w, emit);
      viterbi(n, emit, tw, pred);
      let prevG = -1;
      let prevP = -1;
      for (let k = 0; k < n; k++) {
        const g = s.gold[k]!;
        const p = pred[k]!;
        if (g !== p) {
          errors++;
          const { offsets, ids } = s.fm;
          const i = s.from + k;
          for (let q = offsets[i]!; q < offsets[i + 1]!; q++) {
            const b = ids[q]! * NTAGS;
            upd(w, u, b + g, 1);
            upd(w, u, b + p, -1);
          }
        }
        if (g !== p || prevG !== prevP) {
          upd(tw, tu, (prevG + 1) * NTAGS + g, 1);
          upd(tw, tu, (prevP + 1) * NTAGS + p, -1);
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} tag errors in ${tokens} tokens`);
  }
  const weights = new Float32Array(dim);
  for (let k = 0; k < dim; k++) if (w[k] !== 0 || u[k] !== 0) weights[k] = w[k]! - u[k]! / c;
  const trans = new Float32Array(NTRANS);
  for (let k = 0; k < NTRANS; k++) trans[k] = tw[k]! - tu[k]! / c;
  return compactModel(weights, trans);
}
