import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../../document/analyse/index.js';
import { B, I, O, goldTags, spansOf } from './bio.js';
import { countMatches, spansMatch } from './span-score.js';
import { viterbi } from './viterbi.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('BIO tags', () => {
  test('gold spans become tags and the tags give the spans back', () => {
    const text = 'Вчера Ерлан Саиров встретился с Путиным.';
    const doc = analyse(text);
    const gold = [
      { start: 6, end: 18 },
      { start: 32, end: 39 },
    ];
    const tags = goldTags(doc, gold);
    expect(Array.from(tags)).toEqual([O, B, I, O, O, B, O]);
    expect(spansOf(doc, tags).map((s) => text.slice(s.start, s.end))).toEqual(['Ерлан Саиров', 'Путиным']);
  });
});

describe('Viterbi', () => {
  test('never opens a sequence with I nor puts I after O, even when I scores best', () => {
    const emit = new Float64Array([5, 0, 9, 0, 0.5, 1]);
    const out = new Uint8Array(2);
    viterbi(2, emit, new Float64Array(12), out);
    expect(Array.from(out)).toEqual([O, B]);
  });
});

describe('span scoring as score.mjs does it', () => {
  test('a leading preposition is trimmed and half of the longer span must overlap', () => {
    const text = 'с Путиным и Дмитрий Медведев';
    expect(spansMatch({ start: 0, end: 9 }, { start: 2, end: 9 }, text)).toBe(true);
    expect(spansMatch({ start: 12, end: 28 }, { start: 20, end: 28 }, text)).toBe(true);
    expect(spansMatch({ start: 12, end: 28 }, { start: 12, end: 19 }, text)).toBe(false);
    expect(
      countMatches(
        text,
        [{ start: 2, end: 9 }],
        [
          { start: 2, end: 9 },
          { start: 2, end: 9 },
        ],
      ),
    ).toEqual({
      tp: 1,
      gold: 1,
      pred: 2,
    });
  });
});
