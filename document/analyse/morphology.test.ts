import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyseWord, FrozenSet, loadMorphology } from './morphology.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('readings share their grammeme sets', () => {
  test('readings with the same az tag share one set, with every grammeme', () => {
    const a = analyseWord('стол').find((p) => p.case === 'nomn')!;
    const b = analyseWord('дом').find((p) => p.case === 'nomn')!;
    expect(a.tags).toBe(b.tags);
    expect([...a.tags].sort()).toEqual(['NOUN', 'inan', 'masc', 'nomn', 'sing']);
    expect(a).toMatchObject({
      pos: 'NOUN',
      case: 'nomn',
      number: 'sing',
      gender: 'masc',
      name: null,
      lemma: 'стол',
    });
  });

  test('a shared set cannot be changed, so no reading leaks a change into another', () => {
    const tags = analyseWord('стол')[0]!.tags as Set<string>;
    expect(() => tags.add('Name')).toThrow(TypeError);
    expect(() => tags.delete('NOUN')).toThrow(TypeError);
    expect(() => tags.clear()).toThrow(TypeError);
    expect(tags.has('Name')).toBe(false);
    expect(tags.has('NOUN')).toBe(true);
    expect(analyseWord('дом')[0]!.tags.has('NOUN')).toBe(true);
  });

  test('a frozen set reads like a Set', () => {
    const s = new FrozenSet(['a', 'b', 'a']);
    expect(s.size).toBe(2);
    expect([...s]).toEqual(['a', 'b']);
    expect(s instanceof Set).toBe(true);
  });

  test('names, lemmas with ё and guessed readings are kept', () => {
    const ivan = analyseWord('Иван').find((p) => p.name === 'first')!;
    expect(ivan.lemma).toBe('иван');
    expect(analyseWord('ёлки')[0]!.lemma).toBe('елка');
    expect(analyseWord('Шмырклов')[0]!.guessed).toBe(true);
  });
});
