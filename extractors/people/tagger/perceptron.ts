// An averaged structured perceptron over BIO tags: Viterbi decodes each sentence with the current
// weights, and every wrong tag or tag transition moves the weights towards the gold sequence.
// Deterministic: the sentence order of each epoch comes from a seeded generator.
import { NTAGS } from './bio.js';
import { HASH_BITS } from './hash.js';
import type { FeatureMatrix } from './token-features.js';
import { viterbi } from './viterbi.js';

/**
 * A trained model. Emission weights are kept for the buckets that have any: `rowOf[bucket]` is the
 * bucket's row, `weights[row*3 + tag]` its weights, row 0 all zero for the other buckets (some
 * 15,000 of the 2^20 carry weights: the rows stay in cache, where a full 12 MB table did not).
 * Transition weights are `trans[(prev+1)*3 + tag]`, prev -1 = start.
 */
export interface TaggerModel {
  rowOf: Uint16Array;
  weights: Float32Array;
  trans: Float32Array;
}

/** The model of a full emission table (bucket*3 + tag) and transitions. */
export function compactModel(full: ArrayLike<number>, trans: Float32Array): TaggerModel {
  const rowOf = new Uint16Array(1 << HASH_BITS);
  let rows = 1;
  for (let b = 0; b < rowOf.length; b++)
    if (full[b * NTAGS] !== 0 || full[b * NTAGS + 1] !== 0 || full[b * NTAGS + 2] !== 0) rowOf[b] = rows++;
  const weights = new Float32Array(rows * NTAGS);
  for (let b = 0; b < rowOf.length; b++)
    for (let y = 0; y < NTAGS && rowOf[b] !== 0; y++) weights[rowOf[b]! * NTAGS + y] = full[b * NTAGS + y]!;
  return { rowOf, weights, trans };
}

/** The full emission table (bucket*3 + tag) of a model. */
export function fullWeights(model: TaggerModel): Float32Array {
  const full = new Float32Array(model.rowOf.length * NTAGS);
  for (let b = 0; b < model.rowOf.length; b++)
    for (let y = 0; y < NTAGS; y++) full[b * NTAGS + y] = model.weights[model.rowOf[b]! * NTAGS + y]!;
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

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const { rowOf, weights: w } = model;
  for (let i = from; i < to; i++) {
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const b = rowOf[ids[k]!]! * NTAGS;
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

let emitScratch = new Float64Array(256 * NTAGS);

/** Decodes tokens [from, to) of a feature matrix with a model; returns their tags. */
export function decode(model: TaggerModel, fm: FeatureMatrix, from: number, to: number): Uint8Array {
  const n = to - from;
  if (emitScratch.length < n * NTAGS) emitScratch = new Float64Array(n * NTAGS * 2);
  modelEmissions(fm, from, to, model, emitScratch);
  const out = new Uint8Array(n);
  viterbi(n, emitScratch, model.trans, out);
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
