import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, items, ready } from '../testing.js';
import { romanValue } from './century.js';

beforeAll(ready);

describe('centuries', () => {
  test('a Roman numeral: "в XIV веке" is the 1300s', () => {
    expect(first('Монастырь основан в XIV веке.')).toEqual(
      expect.objectContaining({ text: 'в XIV веке', value: '13', grain: 'century', relative: false }),
    );
  });
  test('Cyrillic Х stands for X, with a case ending: "ХХ-го века"', () => {
    expect(first('Это памятник архитектуры ХХ-го века.')).toEqual(
      expect.objectContaining({ text: 'ХХ-го века', value: '19' }),
    );
  });
  test('a part of a century: "в конце XVIII века"', () => {
    expect(first('Усадьба построена в конце XVIII века.')?.value).toBe('1770/1799');
  });
  test('a half of a century: "первой половины XX века"', () => {
    expect(first('Это образец архитектуры первой половины XX века.')).toEqual(
      expect.objectContaining({ text: 'первой половины XX века', value: '1900/1949' }),
    );
  });
  test('a range of centuries: "в XIX–XX веках"', () => {
    expect(first('В XIX–XX веках город быстро рос.')).toEqual(
      expect.objectContaining({ kind: 'range', value: '18/19' }),
    );
  });
  test('an ordinal word: "в двадцать первом веке"', () => {
    expect(first('В двадцать первом веке всё изменилось.')?.value).toBe('20');
  });
  test('digits in the locative are an ordinal: "в 19 веке"', () => {
    expect(first('Дом построили в 19 веке.')).toEqual(
      expect.objectContaining({ value: '18', grain: 'century' }),
    );
  });
  test('digits with a count form stay a duration: "2 века"', () => {
    expect(first('Прошло 2 века с тех пор.')).toEqual(
      expect.objectContaining({ kind: 'duration', value: 'P200Y' }),
    );
  });
  test('the abbreviation "в." needs its dot, which stays outside the span', () => {
    expect(first('В XX в. страна изменилась.')).toEqual(
      expect.objectContaining({ text: 'В XX в', value: '19' }),
    );
  });
  test('before the common era: left out', () => {
    expect(items('Город основан в V веке до нашей эры.')).toEqual([]);
  });
});

describe('decades in words', () => {
  test('"в девяностые годы" is the 1990s', () => {
    expect(first('В девяностые годы завод закрыли.')).toEqual(
      expect.objectContaining({ text: 'В девяностые годы', value: '199', grain: 'decade' }),
    );
  });
  test('with its century: "к сороковым годам XIV века"', () => {
    expect(first('К сороковым годам XIV века город вырос.')?.value).toBe('134');
  });
  test('a range, relative to the publication date: "в тридцатых-сороковых годах прошлого века"', () => {
    expect(first('В тридцатых-сороковых годах прошлого века здесь был завод.')).toEqual(
      expect.objectContaining({ kind: 'range', value: '193/194', relative: true }),
    );
  });
});

describe('Roman numerals', () => {
  test.each([
    ['xiv', 14],
    ['xx', 20],
    ['хх', 20],
    ['xix', 19],
    ['iv', 4],
  ])('%s = %d', (s, n) => {
    expect(romanValue(s)).toBe(n);
  });
  test.each(['iiii', 'vx', 'xxxxx', 'ic'])('%s is not well formed', (s) => {
    expect(romanValue(s)).toBeNull();
  });
});
