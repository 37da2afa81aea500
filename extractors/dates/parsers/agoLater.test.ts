import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, items, ready } from '../testing.js';

beforeAll(ready);

describe('shifts from publication', () => {
  test('"3 дня назад"', () => {
    expect(first('Три дня назад в городе открылась школа.')).toMatchObject({
      value: '2025-11-23',
      grain: 'day',
      relative: true,
    });
  });
  test('"два года назад" keeps the year grain', () => {
    expect(first('Поправку предлагали ещё два года назад.')).toMatchObject({ value: '2023', grain: 'year' });
  });
  test('"через 2 недели" in a future sentence', () => {
    expect(first('Через 2 недели начнётся отопительный сезон.')).toMatchObject({
      value: '2025-12-10',
      kind: 'date',
    });
  });
  test('"через два дня" in a past narrative is a length of time', () => {
    expect(first('Ещё через два дня принца увидели за рулём.')).toMatchObject({
      kind: 'duration',
      value: 'P2D',
    });
  });
  test('"несколько дней назад" has no value', () => {
    expect(first('Несколько дней назад менеджер сдавал тест.')).not.toHaveProperty('value');
  });
});

describe('half a unit ago', () => {
  test.each([
    ['Полчаса назад в центре города началась гроза.', 'Полчаса назад', '2025-11-26T11:30+05:00'],
    ['Полгода назад здесь открыли мост.', 'Полгода назад', '2025-05'],
    ['Полвека назад здесь был лес.', 'Полвека назад', '1975'],
  ])('%s', (sentence, text, value) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, relative: true }));
  });
});

describe('points after a while', () => {
  test('"через полчаса" is a point at the minute', () => {
    expect(first('Через полчаса начнётся заседание.')).toEqual(
      expect.objectContaining({ text: 'Через полчаса', value: '2025-11-26T12:30+05:00', grain: 'minute' }),
    );
  });
  test('"спустя неделю" is a point a week after the date before it', () => {
    const [, later] = items('12 марта 2020 года его госпитализировали. Спустя неделю он вернулся домой.');
    expect(later).toEqual(
      expect.objectContaining({ text: 'Спустя неделю', value: '2020-03-19', kind: 'date' }),
    );
  });
});
