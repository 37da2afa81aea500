import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('ranges with one open end (published 26 November 2025, ISO 8601-2 "..")', () => {
  test.each([
    ['Документы принимают не позднее 1 марта.', 'не позднее 1 марта', '../2026-03-01', 'range'],
    ['Завод запустят не ранее 2027 года.', 'не ранее 2027 года', '2027/..', 'range'],
    ['Магазины будут работать после 18 часов.', 'после 18 часов', '2025-11-26T18:00+05:00/..', 'time'],
    ['Зарплаты поднимут до конца 2026 года.', 'до конца 2026 года', '../2026-12-31', 'range'],
  ])('%s', (sentence, text, value, kind) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, kind }));
  });

  test('a start before an open-start end closes it: "с 2006 до конца 2007 года"', () => {
    expect(first('В период с 2006 до конца 2007 года компания не платила налоги.')).toEqual(
      expect.objectContaining({ text: 'с 2006 до конца 2007 года', value: '2006/2007-12-31', kind: 'range' }),
    );
  });
});
