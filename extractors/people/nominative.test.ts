// Names in the nominative whatever their origin: real news sentences, one per construction.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { sharedCase, surnameNominatives } from './declension.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

const names = (text: string): string[] => peopleIn(text).map((p) => p.name);

describe('a given name in no list is part of the name, in the case the surname shows', () => {
  test('genitive: both words lose their ending', () => {
    expect(names('Она снималась в фильмах Вима Вендерса и других режиссёров.')).toContain('Вим Вендерс');
  });
  test('nominative: a consonant-final word keeps the name as written', () => {
    expect(names('Шведский защитник Никлас Лидстрём заявил о завершении карьеры.')).toContain(
      'Никлас Лидстрём',
    );
  });
  test('instrumental given name: the verb of another subject does not make it a woman', () => {
    expect(names('В 1982 году в беседе с кинокритиком Джином Сискелом актриса говорила о семье.')).toContain(
      'Джин Сискел',
    );
  });
  test('an instrumental first part of a hyphenated surname', () => {
    expect(names('Он вернётся на Землю вместе с астронавтом Майклом Лопесом-Алегрия.')).toContain(
      'Майкл Лопес-Алегрия',
    );
  });
});

describe('surname endings that do not decline, or decline in -й', () => {
  test('Polish "-ски" is indeclinable for a man and a woman', () => {
    expect(surnameNominatives('Полански', 'masc')[0]).toBe('Полански');
    expect(surnameNominatives('Кински', 'femn')[0]).toBe('Кински');
  });
  test('"-ая" after a first name in the genitive is a surname in "-ай"', () => {
    expect(names('Он сыграл в фильме Андрея Эшпая по роману Достоевского.')).toContain('Андрей Эшпай');
  });
  test('after "имени" the name is in the genitive: "Евгения" is his', () => {
    expect(names('Спектакль покажут на сцене Театра имени Евгения Вахтангова в Москве.')).toContain(
      'Евгений Вахтангов',
    );
  });
  test('a surname written with "е" for "ё" is the same person', () => {
    const p = peopleIn('Защитник Никлас Лидстрём завершил карьеру. За свою карьеру Лидстрем выиграл всё.');
    expect(p).toHaveLength(1);
  });
});

describe('sharedCase', () => {
  test('two words with one oblique ending share that case', () => {
    expect(sharedCase(['Тарека', 'Салеха'])).toEqual({ ending: 'а' });
    expect(sharedCase(['Беньямином', 'Нетаньяху'])).toEqual({ ending: 'м' });
    expect(sharedCase(['Ходжатолла', 'Ганимифард'])).toBe('nomn');
  });
});
