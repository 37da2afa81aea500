import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('years', () => {
  test('"в 2025 году"', () => {
    expect(datesIn('В 2025 году бюджет вырос.')).toEqual([['В 2025 году', '2025', 'date']]);
  });
  test('"2025 год" in the nominative', () => {
    expect(first('2025 год объявлен Годом рабочих профессий.')).toMatchObject({
      text: '2025 год',
      value: '2025',
      grain: 'year',
    });
  });
  test('"с 2013 года"', () => {
    expect(first('Он возглавляет компанию с 2013 года.')?.value).toBe('2013');
  });
  test('"в начале 2017 года" is the first quarter', () => {
    expect(first('Семья переехала в начале 2017 года.')?.value).toBe('2017-01/2017-03');
  });
  test('a bare year in parentheses', () => {
    expect(datesIn('Он снялся в фильме «Афоня» (1975).')).toEqual([['1975', '1975', 'date']]);
  });
  test('a bare year attached to an event name', () => {
    expect(datesIn('Сборная Японии выиграла на ЧМ-2018.')).toEqual([['2018', '2018', 'date']]);
  });
  test('a bare four-digit count is not a year', () => {
    expect(datesIn('На митинг пришли 2000 человек.')).toEqual([]);
  });
  test('a decade', () => {
    expect(first('В середине 1970-х он переехал в Эссекс.')).toMatchObject({ value: '197', grain: 'decade' });
  });
  test('"в 1983" before a pronoun', () => {
    expect(datesIn('В 1983 ее муж был застрелен солдатами правительственных войск.')).toEqual([
      ['В 1983', '1983', 'date'],
    ]);
  });
  test('an ordinal before a singular noun is no decade: "на 40-е место"', () => {
    expect(datesIn('Это ставит его на 40-е место в рейтинге миллиардеров.')).toEqual([]);
    expect(datesIn('Активист движения 70-х годов прошлого века вышел на свободу.')[0]).toEqual([
      '70-х годов',
      '197',
      'date',
    ]);
  });
});
