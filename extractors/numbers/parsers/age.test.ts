import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, numbersIn, ready } from '../testing.js';

beforeAll(ready);

describe('ages', () => {
  test('"N-летний" before a person', () => {
    expect(first('На пост назначен 57-летний кронпринц.')).toMatchObject({ kind: 'age', value: 57 });
    expect(first('Умер 83-летнего писателя друг.')).toMatchObject({ kind: 'age', value: 83 });
  });
  test('not before a thing: "15-летний опыт" is a duration', () => {
    expect(numbersIn('Он должен иметь 15-летний опыт работы.')).toEqual([]);
  });
  test('"в возрасте N лет" keeps the figure and the unit only', () => {
    expect(first('Он скончался в возрасте 52 лет.')).toMatchObject({
      kind: 'age',
      value: 52,
      text: '52 лет',
    });
  });
  test('dative pronoun and "исполниться"', () => {
    expect(first('5 января ему исполнился 61 год.')).toMatchObject({ kind: 'age', value: 61 });
  });
  test('an age in one word', () => {
    expect(first('Шестидесятивосьмилетняя Руссефф выступила с заявлением.')).toMatchObject({
      kind: 'age',
      value: 68,
    });
  });
  test('"на N-м году жизни"', () => {
    expect(first('Он скончался на 69-м году жизни.')).toMatchObject({ kind: 'age', value: 69 });
  });
  test('an anniversary counts as an age', () => {
    expect(first('Монету выпустили в честь 80-летия писателя.')).toMatchObject({ kind: 'age', value: 80 });
  });
});
