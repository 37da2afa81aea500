import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('bare figures read as ordinals through agreement', () => {
  test('a singular noun in the locative after a figure not ending in 1 makes it an ordinal', () => {
    expect(first('Пресс-служба сообщила, что офис переехал на 3 этаже бизнес-центра.')).toMatchObject({
      kind: 'ordinal',
      value: 3,
    });
    expect(first('Спортсмен участвовал в своём 34 забеге.')).toMatchObject({ kind: 'ordinal', value: 34 });
  });
  test('plural and genitive nouns keep the figure a count', () => {
    expect(first('Выборы прошли в 34 округах области.')).toMatchObject({ kind: 'count', value: 34 });
    expect(first('Задержаны 34 человека.')).toMatchObject({ kind: 'count', value: 34 });
  });
  test('a figure ending in 1 agrees with a singular noun as a count would', () => {
    expect(first('В 21 округе прошли выборы.')).toMatchObject({ kind: 'count', value: 21 });
  });
});
