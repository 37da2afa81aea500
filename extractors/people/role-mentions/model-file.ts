// The role-mention weights file: a generated TypeScript module with the sparse weights as base64
// and how they were made (command, data hash, epochs, seed, cross-validation). Decoded once.
import { ROLE_HASH_BITS } from './features.js';

/** 5-fold cross-validation by article: role-mention F1 per fold, mean, pooled precision and recall. */
export interface RoleCv {
  folds: number[];
  mean: number;
  precision: number;
  recall: number;
}

/** How a weights file was made. */
export interface RoleProvenance {
  command: string;
  data: { file: string; sha256: string; docs: number }[];
  epochs: number;
  seed: number;
  /** perceptrons averaged (seeds seed, seed+1, …) */
  runs: number;
  hashBits: number;
  nonZero: number;
  cv: RoleCv | null;
}

/** What the generated module exports. */
export interface RoleModelData extends RoleProvenance {
  version: number;
  /** little-endian uint32 bucket indices, ascending */
  index: string;
  /** little-endian float32 weights, one per index */
  values: string;
}

/** Format version of the weights file. */
export const ROLE_DATA_VERSION = 1;

/** Weights as the data module's fields. */
export function encodeRoleModel(weights: Float32Array, meta: RoleProvenance): RoleModelData {
  const idx: number[] = [];
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) idx.push(k);
  const values = new Float32Array(idx.length);
  idx.forEach((k, j) => (values[j] = weights[k]!));
  return {
    version: ROLE_DATA_VERSION,
    ...meta,
    nonZero: idx.length,
    index: Buffer.from(new Uint32Array(idx).buffer).toString('base64'),
    values: Buffer.from(values.buffer).toString('base64'),
  };
}

/** The weights from the data module's fields. */
export function decodeRoleModel(data: RoleModelData): Float32Array {
  if (data.version !== ROLE_DATA_VERSION || data.hashBits !== ROLE_HASH_BITS)
    throw new Error(
      `role-mention weights: version ${data.version}/${data.hashBits} bits, expected ${ROLE_DATA_VERSION}/${ROLE_HASH_BITS}`,
    );
  const ib = Buffer.from(data.index, 'base64');
  const vb = Buffer.from(data.values, 'base64');
  const index = new Uint32Array(ib.buffer.slice(ib.byteOffset, ib.byteOffset + ib.byteLength));
  const values = new Float32Array(vb.buffer.slice(vb.byteOffset, vb.byteOffset + vb.byteLength));
  const weights = new Float32Array(1 << ROLE_HASH_BITS);
  for (let j = 0; j < index.length; j++) weights[index[j]!] = values[j]!;
  return weights;
}
