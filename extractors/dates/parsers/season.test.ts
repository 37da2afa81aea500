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

describe('seasons counted from the publication date (26 November 2025)', () => {
  test.each([
    ['Премьер посетит США этим летом.', 'этим летом', '2025-06/2025-08'],
    ['Прошлым летом было жарко.', 'Прошлым летом', '2025-06/2025-08'],
    ['Следующей весной откроют мост.', 'Следующей весной', '2026-03/2026-05'],
    ['Прошлой зимой морозы были сильными.', 'Прошлой зимой', '2024-12/2025-02'],
    ['Этой зимой ждут снега.', 'Этой зимой', '2025-12/2026-02'],
  ])('%s', (sentence, text, value) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, relative: true }));
  });
  test('"прошлым летом" in July is the summer before', () => {
    expect(first('Прошлым летом было жарко.', '2025-07-10T12:00:00+05:00')?.value).toBe('2024-06/2024-08');
  });
});

describe('a season alone (published 26 November 2025)', () => {
  test.each([
    ['Прошлой осенью цены выросли.', 'Прошлой осенью', '2024-09/2024-11'],
    ['Зимой 2024 года морозы били рекорды.', 'Зимой 2024 года', '2024-12/2025-02'],
    ['Ален Делон заявил, что завершит карьеру осенью.', 'осенью', '2025-09/2025-11'],
    ['Релиз альбома запланирован на весну.', 'на весну', '2026-03/2026-05'],
    ['Зимой он уехал в Сочи.', 'Зимой', '2024-12/2025-02'],
  ])('%s', (sentence, text, value) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value }));
  });
});
