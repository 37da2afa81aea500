import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('periods without a count', () => {
  test('"в последние годы" is kept without a value', () => {
    const d = first('В последние годы число туристов выросло.');
    expect(d).toMatchObject({ text: 'В последние годы', kind: 'duration' });
    expect(d).not.toHaveProperty('value');
  });
});

describe('a minute of a match', () => {
  test.each([
    'А на 53-й минуте Ковальчук забросил решающую шайбу.',
    'Судья остановил игру на четвёртой минуте.',
  ])('%s', (sentence) => {
    const item = first(sentence);
    expect(item).toEqual(expect.objectContaining({ kind: 'time', grain: 'minute' }));
    expect(item?.value).toBeUndefined();
  });
});

describe('periods placed, not counted', () => {
  test.each([
    'Затем он в последующие годы играл в других командах.',
    'Эксперты в первые часы после инцидента предположили худшее.',
  ])('%s', (sentence) => {
    const item = first(sentence);
    expect(item?.kind).toBe('duration');
    expect(item?.value).toBeUndefined();
  });
});
