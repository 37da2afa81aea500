import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('quantities', () => {
  test('units are normalised', () => {
    expect(first('Длина трассы 120 км.')).toMatchObject({ kind: 'quantity', unit: 'km', value: 120 });
    expect(first('Собрано 3 тыс. тонн зерна.')).toMatchObject({ unit: 't', value: 3000 });
    expect(first('Станция мощностью 200 МВт запущена.')).toMatchObject({ unit: 'MW' });
  });
  test('two-word units', () => {
    expect(first('Площадь составит 18 000 кв. м.')).toMatchObject({ unit: 'm2', value: 18000 });
    expect(first('Учения охватят около 18 000 квадратных километров.')).toMatchObject({
      unit: 'km2',
      approx: 'about',
    });
  });
});
