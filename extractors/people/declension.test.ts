import { describe, expect, test } from '@jest/globals';
import { declineName, patronymicNominative, surnameKey, surnameNominatives } from './declension.js';

describe('declineName', () => {
  test('a Kazakh man’s name takes the consonant declension', () => {
    expect(declineName('Ерлан', 'masc')).toEqual(
      expect.arrayContaining(['ерлан', 'ерлана', 'ерлану', 'ерланом', 'ерлане']),
    );
  });
  test('a name in -ий and a woman’s name in -ь', () => {
    expect(declineName('Арсений', 'masc')).toContain('арсения');
    expect(declineName('Асель', 'femn')).toEqual(['асель', 'асели', 'аселью']);
  });
  test('only the last part of a hyphenated name declines', () => {
    expect(declineName('Касым-Жомарт', 'masc')).toContain('касым-жомарта');
  });
  test('vowel-final foreign names do not decline', () => {
    expect(declineName('Андреа', 'masc')).toContain('андреа');
    expect(declineName('Кэрри', 'femn')).toEqual(['кэрри']);
  });
});

describe('surnameKey', () => {
  test('case forms of one surname share a key', () => {
    expect(new Set(['Саиров', 'Саирова', 'Саировым', 'Саирову'].map(surnameKey))).toEqual(
      new Set(['саиров']),
    );
    expect(surnameKey('Пендерецкого')).toBe(surnameKey('Пендерецкий'));
  });
});

describe('surnameNominatives', () => {
  test('"Саирова" is his genitive or her nominative', () => {
    expect(surnameNominatives('Саирова', 'masc')[0]).toBe('Саиров');
    expect(surnameNominatives('Саирова', 'femn')[0]).toBe('Саирова');
  });
  test('Kazakh surnames in the dative and the feminine instrumental', () => {
    expect(surnameNominatives('Жайымбетову', 'masc')[0]).toBe('Жайымбетов');
    expect(surnameNominatives('Балаевой', 'femn')[0]).toBe('Балаева');
  });
  test('adjectival and double surnames', () => {
    expect(surnameNominatives('Пендерецкого', 'masc')[0]).toBe('Пендерецкий');
    expect(surnameNominatives('Римского-Корсакова', 'masc')[0]).toBe('Римский-Корсаков');
    expect(surnameNominatives('Буша-младшего', 'masc')[0]).toBe('Буш-младший');
  });
  test('the first name’s case settles foreign surnames', () => {
    expect(surnameNominatives('Хаса', 'masc', { ending: 'а' })[0]).toBe('Хас'); // «Войцеха Хаса»
    expect(surnameNominatives('Фридкином', 'masc', { ending: 'м' })[0]).toBe('Фридкин'); // «Уильямом Фридкином»
    expect(surnameNominatives('Рене', 'masc', { ending: 'а' })[0]).toBe('Рене'); // «Алена Рене»
    expect(surnameNominatives('Обама', 'masc', 'nomn')[0]).toBe('Обама'); // «Барак Обама»
    expect(surnameNominatives('Обамы', 'masc')[0]).toBe('Обама');
  });
});

describe('patronymicNominative', () => {
  test('masculine and feminine patronymics', () => {
    expect(patronymicNominative('Абишевича')).toBe('Абишевич');
    expect(patronymicNominative('Дмитриевной')).toBe('Дмитриевна');
  });
});
