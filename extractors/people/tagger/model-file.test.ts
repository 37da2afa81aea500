import { describe, expect, test } from '@jest/globals';
import { PERSON_TAGGER } from '../data/person-tagger.js';
import { NTAGS } from './bio.js';
import { HASH_BITS } from './hash.js';
import { decodeModel, encodeModel, loadTrainedModel, TAGGER_DATA_VERSION } from './model-file.js';
import { compactModel, fullWeights, NTRANS } from './perceptron.js';

const META = { command: 'test', data: [], epochs: 1, seed: 1, hashBits: HASH_BITS, nonZero: 0, cv: null };

describe('the weights file', () => {
  test('decodes to exactly the numbers encoded (transitions rounded to 1e-6, as before)', () => {
    const weights = new Float32Array((1 << HASH_BITS) * NTAGS);
    weights[7] = 0.1;
    weights[123_456] = -3.75e-7;
    weights[weights.length - 1] = 1e30;
    const trans = Float32Array.from({ length: NTRANS }, (_, k) => (k - 5) / 3);
    const gaz = new Map<string, readonly [number, number]>([
      ['саиров', [3, 4]],
      ['ёлкин', [0, 1]],
    ]);
    const { data, bytes } = encodeModel(compactModel(weights, trans), gaz, META);
    expect(data).toMatchObject({ version: TAGGER_DATA_VERSION, nonZero: 3 });
    const back = decodeModel(bytes);
    expect(Buffer.from(fullWeights(back.model).buffer).equals(Buffer.from(weights.buffer))).toBe(true);
    expect(back.model.weights.length).toBe(3 * NTAGS);
    expect(Array.from(back.model.trans)).toEqual(
      Array.from(Float32Array.from(trans, (x) => Math.round(x * 1e6) / 1e6)),
    );
    expect([...back.gaz]).toEqual([...gaz]);
    // the same bytes at an odd offset in a larger buffer decode the same
    const shifted = Buffer.concat([Buffer.from([1]), bytes]).subarray(1);
    expect(
      Buffer.from(fullWeights(decodeModel(shifted).model).buffer).equals(Buffer.from(weights.buffer)),
    ).toBe(true);
  });

  test('a file that is not one, or of another version, is refused with a reason', () => {
    expect(() => decodeModel(Buffer.from('not weights at all, just some text'))).toThrow(/NFPT/);
    const { bytes } = encodeModel(
      compactModel(new Float32Array((1 << HASH_BITS) * NTAGS), new Float32Array(NTRANS)),
      new Map(),
      META,
    );
    const other = Buffer.from(bytes);
    other.writeUInt32LE(1, 4);
    expect(() => decodeModel(other)).toThrow(/version 1/);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/bytes/);
  });

  test('the shipped weights match their provenance module', () => {
    const { model, gaz } = loadTrainedModel();
    expect(PERSON_TAGGER.version).toBe(TAGGER_DATA_VERSION);
    expect(model.weights.reduce((n, w) => (w !== 0 ? n + 1 : n), 0)).toBe(PERSON_TAGGER.nonZero);
    expect(gaz.size).toBeGreaterThan(1000);
  });
});
