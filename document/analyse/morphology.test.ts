import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  analyseForm,
  analyseWord,
  FrozenSet,
  loadMorphology,
  morphologyCacheSize,
  setCacheGeneration,
} from './morphology.js';

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

describe("az's answers through the faster dictionary search and tag memo", () => {
  test('a surname is read only when capitalised ("Иванова" / "иванова")', () => {
    expect(analyseWord('Иванова')[0]).toMatchObject({ lemma: 'иванов', name: 'surname', guessed: false });
    expect(analyseWord('иванова').some((p) => p.name === 'surname')).toBe(false);
  });

  test('е is read as ё and a doubled letter is merged ("Елку", "ннет")', () => {
    expect(analyseWord('Елку')[0]).toMatchObject({ lemma: 'елка', pos: 'NOUN', score: 1 });
    expect(analyseWord('ннет')[0]).toMatchObject({ lemma: 'нет', pos: 'PRED', guessed: false });
  });
});

describe('the cache of analyses stays bounded', () => {
  const LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';
  const word = (k: number): string => {
    let w = 'жы';
    for (let n = k; n > 0 || w.length < 5; n = Math.floor(n / LETTERS.length))
      w += LETTERS[n % LETTERS.length];
    return w;
  };
  const GENERATION = 1000;
  beforeAll(() => setCacheGeneration(GENERATION));
  afterAll(() => setCacheGeneration());
  test('at most two generations of forms, the forms still in use kept', () => {
    const inUse = analyseForm('стол');
    const first = analyseForm(word(0));
    for (let k = 1; k <= 2 * GENERATION + 10; k++) {
      analyseForm(word(k));
      if (k % 100 === 0) expect(analyseForm('стол')).toBe(inUse);
    }
    expect(morphologyCacheSize()).toBeLessThanOrEqual(2 * GENERATION);
    // a form not seen for two generations is analysed again: the same readings, a new number
    const again = analyseForm(word(0));
    expect(again).not.toBe(first);
    expect(again.id).not.toBe(first.id);
    expect(again.parses).toEqual(first.parses);
  });
});
