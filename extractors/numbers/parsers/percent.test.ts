import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('percent', () => {
  test('the sign and the word', () => {
    expect(first('Инфляция составила 12,3%.')).toMatchObject({ kind: 'percent', value: 12.3, text: '12,3%' });
    expect(first('За него проголосовали 52 процента избирателей.')).toMatchObject({
      kind: 'percent',
      value: 52,
    });
  });
  test('percentage points', () => {
    expect(first('Ставка выросла на 2 процентных пункта.')).toMatchObject({ kind: 'percent', unit: 'pp' });
  });
  test('a percent adjective', () => {
    expect(first('Компания ожидает 70-процентное увеличение выручки.')).toMatchObject({
      kind: 'percent',
      value: 70,
    });
  });
});
