import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, numbersIn, ready } from '../testing.js';

beforeAll(ready);

describe('ordinals', () => {
  test('in words', () => {
    expect(first('Механизмы формирования бюджета четвертого уровня.')).toMatchObject({
      kind: 'ordinal',
      value: 4,
    });
    expect(first('В Семее прошли первые выборы акима.')).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(first('Он стал двадцать первым президентом.')).toMatchObject({ kind: 'ordinal', value: 21 });
  });
  test('in digits with an ending', () => {
    expect(first('Рост ожидается в 3-м квартале.')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(first('Роберт Банкс-Дженкинсон, 2-й граф Ливерпуля.')).toMatchObject({
      kind: 'ordinal',
      value: 2,
    });
  });
  test('law articles are references, not ordinals', () => {
    expect(numbersIn('Дело возбуждено по 228-й статье УК.')).toEqual([]);
    expect(numbersIn('Его обвиняют по ст. 105 УК РФ.')).toEqual([]);
  });
  test('titles and fixed phrases', () => {
    expect(numbersIn('Это в первую очередь касается бюджета.')).toEqual([]);
    expect(numbersIn('Его назначили первым заместителем министра.')).toEqual([]);
  });
  test('a rank noun that does not agree with a cardinal', () => {
    expect(first('Команда заняла 26 место.')).toMatchObject({ kind: 'ordinal', value: 26 });
  });
  test('Roman numerals after a name or before "степени"', () => {
    expect(first('Он награжден орденом IV степени.')).toMatchObject({ kind: 'ordinal', value: 4 });
    expect(numbersIn('Это случилось в XIX веке.')).toEqual([]);
  });
  test('decades are dates', () => {
    expect(numbersIn('Это было в 90-х годах.')).toEqual([]);
  });
});
