import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, numbersIn, ready } from '../testing.js';

beforeAll(ready);

describe('figures in digits', () => {
  test('thousands split by a no-break space', () => {
    expect(first('В акции участвовали 1\u00a0000 человек.')?.value).toBe(1000);
    expect(first('Собрано 25 000 подписей.')?.value).toBe(25000);
  });
  test('a multiplier glued to the digits', () => {
    expect(first('Выручка составила 5,3млн.')?.value).toBe(5300000);
  });
  test('a negative figure', () => {
    expect(first('Температура опустилась до -12 градусов.')?.value).toBe(-12);
  });
});

describe('figures in words', () => {
  test('compound cardinals in oblique cases', () => {
    expect(first('Письмо подписали более двадцати пяти депутатов.')?.value).toBe(25);
    expect(first('Речь идет о ста двадцати семьях.')?.value).toBe(120);
    expect(first('В списке пятьдесят два кандидата.')?.value).toBe(52);
  });
  test('"полтора", collectives and half multipliers', () => {
    expect(first('Строительство займет полтора миллиона рублей.')?.value).toBe(1500000);
    expect(first('Задержаны двое подозреваемых.')?.value).toBe(2);
    expect(first('Город получит полмиллиона тенге.')?.value).toBe(500000);
  });
  test('a thousand and more: "две тысячи двадцать"', () => {
    expect(first('В конкурсе участвовали две тысячи двадцать школьников.')?.value).toBe(2020);
  });
  test('"один из" and "ещё один" are pronouns, not counts', () => {
    expect(numbersIn('Он стал одним из лучших игроков.')).toEqual([]);
    expect(numbersIn('Ранен еще один полицейский.')).toEqual([]);
  });
  test('a noun that looks like a number word ("семью" of "семья")', () => {
    expect(numbersIn('Они готовы поддержать нашу семью.')).toEqual([]);
  });
});
