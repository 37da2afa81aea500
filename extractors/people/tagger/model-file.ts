// The weights file: extractors/people/data/person-tagger.bin holds the model (sparse emission weights,
// transitions) and the training gazetteer as plain little-endian arrays and text, read straight into
// typed arrays; ../data/person-tagger.ts says how it was made. Both are written by `npm run train`.
import { readFileSync } from 'node:fs';
import { NTAGS } from './bio.js';
import type { Gazetteer } from './gazetteer.js';
import { HASH_BITS } from './hash.js';
import { fullWeights, NTRANS, sparseModel, type TaggerModel } from './perceptron.js';

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

/** What the generated provenance module exports. */
export interface TaggerData extends TaggerProvenance {
  version: number;
}

/**
 * Format version of the weights file. 2: a binary file, "NFPT" then six little-endian uint32
 * (version, hash bits, non-zero weights n, transitions t, gazetteer bytes g, reserved 0), then n
 * uint32 bucket*3+tag indices ascending, n float32 weights, t float64 transitions (rounded to 1e-6)
 * and g bytes of UTF-8 "key\tinside\ttotal" lines. (1 was base64 inside a TypeScript module.)
 */
export const TAGGER_DATA_VERSION = 2;

const MAGIC = 'NFPT';
const HEADER_BYTES = 4 + 6 * 4;

/** A model and its gazetteer as the weights file's bytes, and the provenance to go beside them. */
export function encodeModel(
  model: TaggerModel,
  gaz: Gazetteer,
  meta: TaggerProvenance,
): { data: TaggerData; bytes: Buffer } {
  const weights = fullWeights(model);
  const idx: number[] = [];
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) idx.push(k);
  const keys = [...gaz.keys()].sort();
  const gazetteer = Buffer.from(
    keys.map((k) => `${k}\t${gaz.get(k)![0]}\t${gaz.get(k)![1]}`).join('\n'),
    'utf8',
  );
  const n = idx.length;
  const t = model.trans.length;
  const bytes = Buffer.alloc(HEADER_BYTES + n * 8 + t * 8 + gazetteer.length);
  bytes.write(MAGIC, 0, 'latin1');
  [TAGGER_DATA_VERSION, HASH_BITS, n, t, gazetteer.length, 0].forEach((v, k) =>
    bytes.writeUInt32LE(v, 4 + k * 4),
  );
  let at = HEADER_BYTES;
  for (const k of idx) at = bytes.writeUInt32LE(k, at);
  for (const k of idx) at = bytes.writeFloatLE(weights[k]!, at);
  for (const x of model.trans) at = bytes.writeDoubleLE(Math.round(x * 1e6) / 1e6, at);
  gazetteer.copy(bytes, at);
  return { data: { version: TAGGER_DATA_VERSION, ...meta, nonZero: n }, bytes };
}

/** The model and gazetteer from the weights file's bytes. */
export function decodeModel(bytes: Uint8Array): { model: TaggerModel; gaz: Gazetteer } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (k: number): number => buf.readUInt32LE(4 + k * 4);
  if (buf.length < HEADER_BYTES || buf.toString('latin1', 0, 4) !== MAGIC)
    throw new Error('person tagger weights: not a weights file (no NFPT header)');
  const [version, hashBits, n, t, g] = [0, 1, 2, 3, 4].map(field) as [number, number, number, number, number];
  if (version !== TAGGER_DATA_VERSION || hashBits !== HASH_BITS || t !== NTRANS)
    throw new Error(
      `person tagger weights: version ${version}/${hashBits} bits/${t} transitions, expected ${TAGGER_DATA_VERSION}/${HASH_BITS}/${NTRANS}`,
    );
  if (buf.length !== HEADER_BYTES + n * 8 + t * 8 + g)
    throw new Error(`person tagger weights: ${buf.length} bytes, not what the header says`);
  // copied out, so the arrays are aligned whatever the file buffer's offset
  const at = buf.byteOffset + HEADER_BYTES;
  const index = new Uint32Array(buf.buffer.slice(at, at + n * 4));
  const values = new Float32Array(buf.buffer.slice(at + n * 4, at + n * 8));
  const trans64 = new Float64Array(buf.buffer.slice(at + n * 8, at + n * 8 + t * 8));
  // the weights come ascending by bucket*3 + tag: each new bucket takes the next row
  const buckets: number[] = [];
  for (let j = 0; j < n; j++) {
    const b = (index[j]! / NTAGS) | 0;
    if (b !== buckets[buckets.length - 1]) buckets.push(b);
  }
  const weights = new Float32Array(buckets.length * NTAGS);
  for (let j = 0, r = -1, last = -1; j < n; j++) {
    const b = (index[j]! / NTAGS) | 0;
    if (b !== last) r++;
    last = b;
    weights[r * NTAGS + index[j]! - b * NTAGS] = values[j]!;
  }
  const trans = Float32Array.from(trans64);
  const gaz = new Map<string, readonly [number, number]>();
  const text = buf.toString('utf8', HEADER_BYTES + n * 8 + t * 8);
  // "key\tinside\ttotal" lines as one list of fields: half the start-up time of a split per line
  const fields = text.split(/[\t\n]/);
  for (let j = 0; j + 2 < fields.length; j += 3)
    gaz.set(fields[j]!, [Number(fields[j + 1]), Number(fields[j + 2])]);
  return { model: sparseModel(buckets, weights, trans), gaz };
}

/** Where the weights file is: beside the provenance module in the source tree (dist/ has no copy). */
export function weightsFile(): URL {
  const url = new URL('../data/person-tagger.bin', import.meta.url);
  return url.pathname.includes('/dist/') ? new URL(url.href.replace(/\/dist\/(?!.*\/dist\/)/, '/')) : url;
}

/** The shipped model and gazetteer, read from the weights file. */
export function loadTrainedModel(): { model: TaggerModel; gaz: Gazetteer } {
  return decodeModel(readFileSync(weightsFile()));
}
