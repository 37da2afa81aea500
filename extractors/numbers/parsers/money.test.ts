import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('money', () => {
  test('a multiplier and tenge after the amount', () => {
    expect(first('На выборы было выделено 1 млрд тенге.')).toMatchObject({
      kind: 'money',
      value: 1e9,
      currency: 'KZT',
    });
  });
  test('the dollar sign before the amount', () => {
    expect(first('Цукерберг вложит $3 млрд в проект.')).toMatchObject({
      text: '$3 млрд',
      currency: 'USD',
      value: 3e9,
    });
  });
  test('"долларов США" is one currency', () => {
    expect(first('Сделка стоила 500 млн долларов США.')).toMatchObject({
      text: '500 млн долларов США',
      currency: 'USD',
    });
  });
  test('an abbreviation keeps its period inside the sentence', () => {
    expect(first('Затраты составят 500 млрд руб. единовременно.')?.text).toBe('500 млрд руб.');
  });
  test('a country adjective picks the code', () => {
    expect(first('Бюджет составил 20 млн туркменских манатов.')?.currency).toBe('TMT');
    expect(first('Премия составляет 9 млн шведских крон.')?.currency).toBe('SEK');
  });
  test('ISO codes and the som, sum and hryvnia', () => {
    expect(first('Курс достиг 42 BYN.')?.currency).toBe('BYN');
    expect(first('Зарплата выросла до 20 тысяч сомов.')?.currency).toBe('KGS');
    expect(first('Штраф составит 3.04 грн.')?.currency).toBe('UAH');
  });
  test('cents join the amount', () => {
    expect(first('Билет стоит 20 долларов 43 цента.')?.value).toBe(20.43);
  });
  test('vague amounts of money', () => {
    expect(first('Виллу продадут за несколько миллионов евро.')).toMatchObject({
      kind: 'money',
      approx: 'over',
      currency: 'EUR',
    });
  });
});
