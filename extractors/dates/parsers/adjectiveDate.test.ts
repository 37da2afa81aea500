import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('dates written as adjectives (published 26 November 2025)', () => {
  test.each([
    ['Предыдущий шаг был сделан на декабрьском заседании в Москве.', 'декабрьском', '2024-12'],
    ['После мартовских терактов в Брюсселе усилили охрану.', 'мартовских', '2025-03'],
    ['Итоги сегодняшнего заседания подведут вечером.', 'сегодняшнего', '2025-11-26'],
    ['На прошлогоднем параде командир роты был награждён.', 'прошлогоднем', '2024'],
  ])('%s', (sentence, text, value) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, kind: 'date', relative: true }));
  });

  test('a capitalised month adjective mid-sentence is a name', () => {
    expect(datesIn('Задержан лидер группировки в городе Октябрьский.')).toEqual([]);
  });
});
