import { beforeAll, describe, expect, test } from '@jest/globals';
import { items, ready } from '../testing.js';

beforeAll(ready);

describe('dates pointing back', () => {
  test('"на следующий день" after a date', () => {
    const d = items('5 апреля 2020 года его госпитализировали. На следующий день его состояние ухудшилось.');
    expect(d[1]).toMatchObject({ text: 'На следующий день', value: '2020-04-06', relative: false });
  });
  test('"в том же году"', () => {
    const d = items(
      'Кисин выступил в 2015 году в Нью-Йорке. В интервью в том же году пианист рассказал о планах.',
    );
    expect(d[1]?.value).toBe('2015');
  });
  test('with nothing before it, no value', () => {
    expect(items('В тот же день полиция задержала подозреваемого.')[0]).not.toHaveProperty('value');
  });
});

describe('"за год до этого"', () => {
  test('a point that far before the date before it', () => {
    const [, before] = items('В 2010 году он ушёл из клуба, а за год до этого выиграл Кубок.');
    expect(before).toEqual(expect.objectContaining({ text: 'за год до этого', value: '2009', kind: 'date' }));
  });
  test('"за две недели до того"', () => {
    const [, before] = items('Матч прошёл 5 мая 2019 года, а за две недели до того тренера уволили.');
    expect(before?.value).toBe('2019-04-21');
  });
});
