// The weights file: a generated TypeScript module holding the model as base64 (sparse emission
// weights, transitions) and the training gazetteer as text, with how it was made. Decoded once.
import { NTAGS } from './bio.js';
import type { Gazetteer } from './gazetteer.js';
import { HASH_BITS } from './hash.js';
import { NTRANS, type TaggerModel } from './perceptron.js';

/** One 5-fold cross-validation result (PERSON span F1, scored as score.mjs spans does). */
export interface CvResult {
  folds: number[];
  mean: number;
  precision: number;
  recall: number;
}

/** How a weights file was made. */
export interface TaggerProvenance {
  command: string;
  data: { file: string; sha256: string; docs: number }[];
  epochs: number;
  seed: number;
  hashBits: number;
  nonZero: number;
  cv: CvResult | null;
}

/** What the generated module exports. */
export interface TaggerData extends TaggerProvenance {
  version: number;
  /** little-endian uint32 bucket*3+tag indices, ascending */
  index: string;
  /** little-endian float32 weights, one per index */
  values: string;
  trans: number[];
  /** "key\tinside\ttotal" lines */
  gazetteer: string;
}

/** Format version of the weights file. */
export const TAGGER_DATA_VERSION = 1;

/** A model and its gazetteer as the data module's fields. */
export function encodeModel(model: TaggerModel, gaz: Gazetteer, meta: TaggerProvenance): TaggerData {
  const idx: number[] = [];
  for (let k = 0; k < model.weights.length; k++) if (model.weights[k] !== 0) idx.push(k);
  const index = new Uint32Array(idx);
  const values = new Float32Array(idx.length);
  idx.forEach((k, j) => (values[j] = model.weights[k]!));
  const keys = [...gaz.keys()].sort();
  return {
    version: TAGGER_DATA_VERSION,
    ...meta,
    nonZero: idx.length,
    index: Buffer.from(index.buffer).toString('base64'),
    values: Buffer.from(values.buffer).toString('base64'),
    trans: Array.from(model.trans, (x) => Math.round(x * 1e6) / 1e6),
    gazetteer: keys.map((k) => `${k}\t${gaz.get(k)![0]}\t${gaz.get(k)![1]}`).join('\n'),
  };
}

/** The model and gazetteer from the data module's fields. */
export function decodeModel(data: TaggerData): { model: TaggerModel; gaz: Gazetteer } {
  if (data.version !== TAGGER_DATA_VERSION || data.hashBits !== HASH_BITS)
    throw new Error(
      `person tagger weights: version ${data.version}/${data.hashBits} bits, expected ${TAGGER_DATA_VERSION}/${HASH_BITS}`,
    );
  const ib = Buffer.from(data.index, 'base64');
  const vb = Buffer.from(data.values, 'base64');
  const index = new Uint32Array(ib.buffer.slice(ib.byteOffset, ib.byteOffset + ib.byteLength));
  const values = new Float32Array(vb.buffer.slice(vb.byteOffset, vb.byteOffset + vb.byteLength));
  const weights = new Float32Array((1 << HASH_BITS) * NTAGS);
  for (let j = 0; j < index.length; j++) weights[index[j]!] = values[j]!;
  const trans = new Float32Array(NTRANS);
  data.trans.forEach((x, k) => (trans[k] = x));
  const gaz = new Map<string, readonly [number, number]>();
  for (const line of data.gazetteer.split('\n')) {
    const [k, a, b] = line.split('\t');
    if (k && a && b) gaz.set(k, [Number(a), Number(b)]);
  }
  return { model: { weights, trans }, gaz };
}
