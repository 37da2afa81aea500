import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, ready } from '../testing.js';

beforeAll(ready);

describe('year ranges', () => {
  test('"с 2020 по 2025 год"', () => {
    expect(datesIn('С 2020 по 2025 год число школ выросло.')).toEqual([
      ['С 2020 по 2025 год', '2020/2025', 'range'],
    ]);
  });
  test('"в 2020–2025 годах"', () => {
    expect(datesIn('В 2020–2025 годах программа финансировалась из бюджета.')).toEqual([
      ['В 2020–2025 годах', '2020/2025', 'range'],
    ]);
  });
  test('a bare range in parentheses', () => {
    expect(datesIn('Алан Гарсия (1985—1990) был президентом.')).toEqual([
      ['1985—1990', '1985/1990', 'range'],
    ]);
  });
  test('a season written with a slash', () => {
    expect(datesIn('В сезоне 2018/19 клуб стал чемпионом.')).toEqual([['2018/19', '2018/2019', 'range']]);
  });
  test('two dates joined by "с … по …"', () => {
    expect(datesIn('Фестиваль пройдёт с 16 апреля по 19 мая 2019 года.')).toEqual([
      ['с 16 апреля по 19 мая 2019 года', '2019-04-16/2019-05-19', 'range'],
    ]);
  });
});
