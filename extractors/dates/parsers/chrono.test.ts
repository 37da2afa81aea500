import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

// published on Wednesday 26 November 2025
describe('casual days and weekdays (chrono-node)', () => {
  test('"вчера"', () => {
    expect(first('Вчера в Астане прошло заседание.')).toMatchObject({ value: '2025-11-25', relative: true });
  });
  test('"позавчера" and "завтра"', () => {
    expect(first('Позавчера он вернулся.')?.value).toBe('2025-11-24');
    expect(first('Завтра начнётся сессия.')?.value).toBe('2025-11-27');
  });
  test('a bare weekday is past-biased', () => {
    expect(first('Президент выступил в понедельник.')?.value).toBe('2025-11-24');
  });
  test('a bare weekday in a future sentence reads forwards', () => {
    expect(first('Заседание состоится в пятницу.')?.value).toBe('2025-11-28');
  });
  test('a weekday and its date make one item', () => {
    expect(datesIn('В воскресенье, 11 июня 2017 года, прошла акция.')).toEqual([
      ['В воскресенье, 11 июня 2017 года', '2017-06-11', 'date'],
    ]);
  });
  test('"окружающей среды" is not Wednesday', () => {
    expect(datesIn('Агентство по охране окружающей среды выпустило доклад.')).toEqual([]);
  });
});
