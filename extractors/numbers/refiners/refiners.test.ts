import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, numbersIn, ready } from '../testing.js';

beforeAll(ready);

describe('qualifiers', () => {
  test('the span includes the qualifier', () => {
    expect(first('Было выделено почти 1 млрд тенге.')).toMatchObject({
      text: 'почти 1 млрд тенге',
      approx: 'almost',
    });
    expect(first('Пострадали не менее пяти человек.')).toMatchObject({
      text: 'не менее пяти',
      approx: 'at_least',
    });
    expect(first('На свадьбе присутствовали около 600 гостей.')).toMatchObject({ approx: 'about' });
  });
  test('"как минимум" sets the meaning but stays outside the span, as the news annotates it', () => {
    expect(first('Судьи освободили как минимум трех заключенных.')).toMatchObject({
      text: 'трех',
      approx: 'at_least',
    });
  });
  test('"более чем на" inside a percentage', () => {
    expect(first('Он опережал соперника более чем на 10 процентов.')).toMatchObject({
      text: 'более чем на 10 процентов',
      approx: 'over',
    });
  });
});

describe('ranges', () => {
  test('"от … до" with a shared multiplier and currency', () => {
    expect(first('Штраф составит от 5 до 10 млн тенге.')).toMatchObject({
      kind: 'money',
      min: 5e6,
      max: 1e7,
      value: 5e6,
      currency: 'KZT',
    });
  });
  test('a dash between percentages and between multiples', () => {
    expect(first('Цены вырастут на 5–10%.')).toMatchObject({ kind: 'percent', min: 5, max: 10 });
    expect(first('Стоимость выросла в 2–3 раза.')).toMatchObject({ min: 2, max: 3 });
  });
});

describe('coordinated ages', () => {
  test('figures listed before an age are ages', () => {
    expect(numbersIn('Им было 30, 20 и 19 лет.')).toEqual([
      ['30', 'age', 30],
      ['20', 'age', 20],
      ['19 лет', 'age', 19],
    ]);
  });
});
