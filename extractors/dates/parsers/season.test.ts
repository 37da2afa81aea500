import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('seasons', () => {
  test('"осенью 2018 года"', () => {
    expect(first('Осенью 2018 года Малашенко развёлся.')?.value).toBe('2018-09/2018-11');
  });
  test('winter runs into the next year', () => {
    expect(first('Зимой 2019 года морозы были сильными.')?.value).toBe('2019-12/2020-02');
  });
});
