import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../../document/analyse/index.js';
import { features, prepare } from './pipeline.js';

beforeAll(async () => {
  await loadMorphology();
});

const TEXT =
  'Президент Казахстана Касым-Жомарт Токаев заявил, что «Газпром» и А. Иванов (ООО) — 12 раз. Токаев уехал.\nВ. В. Путин.';

/** The feature matrix of TEXT (no gazetteer), and a digest of its buckets. */
function matrix(): { ids: number; digest: number; offsets: number[] } {
  const fm = features(prepare(analyse(TEXT)), new Map());
  let digest = 0;
  for (const x of fm.ids) digest = (Math.imul(digest, 31) + x) | 0;
  return { ids: fm.ids.length, digest, offsets: Array.from(fm.offsets) };
}

describe('the feature templates', () => {
  test('give the buckets the shipped weights were trained on, whether a form is new or seen before', () => {
    // pinned from the templates as trained (one hash per feature per token, before forms were cached)
    const expected = { ids: 1324, digest: -1092526421 };
    const first = matrix();
    expect(first).toMatchObject(expected);
    expect(first.offsets.slice(0, 4)).toEqual([0, 49, 95, 143]);
    expect(matrix()).toEqual(first);
  });
});
