import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('quarters and halves', () => {
  test('"в первом квартале" of the publication year', () => {
    expect(first('В первом квартале ВВП вырос на 5%.')).toMatchObject({
      value: '2025-01/2025-03',
      grain: 'quarter',
      relative: true,
    });
  });
  test('"в первой половине 2025 года"', () => {
    expect(first('В первой половине 2025 года экспорт снизился.')).toMatchObject({
      value: '2025-01/2025-06',
      grain: 'half',
      relative: false,
    });
  });
});

describe('halves of decades', () => {
  test('"во второй половине 1950-х годов"', () => {
    expect(first('Во второй половине 1950-х годов завод расширили.')).toMatchObject({
      text: 'Во второй половине 1950-х годов',
      value: '1955/1959',
      grain: 'year',
    });
  });
});
