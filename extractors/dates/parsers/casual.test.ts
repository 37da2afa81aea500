import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('casual words', () => {
  test('"накануне" alone is the day before publication', () => {
    expect(first('Накануне премьер встретился с послом.')).toMatchObject({
      value: '2025-11-25',
      relative: true,
    });
  });
  test('"накануне выборов" is the eve of an event', () => {
    expect(first('Накануне выборов кандидаты провели дебаты.')).toBeUndefined();
  });
  test('"на сегодняшний день"', () => {
    expect(first('На сегодняшний день в регионе 12 случаев.')?.value).toBe('2025-11-26');
  });
});

describe('weekends', () => {
  test('"на выходных" in the past is the last weekend', () => {
    expect(first('На выходных в городе прошёл фестиваль.')).toMatchObject({
      kind: 'range',
      value: '2025-11-22/2025-11-23',
    });
  });
  test('"в эти выходные" ahead is the coming weekend', () => {
    expect(first('В эти выходные пройдёт ярмарка.')?.value).toBe('2025-11-29/2025-11-30');
  });
});

describe('parts of the publication day', () => {
  test('"этим вечером" is the evening of the publication day', () => {
    expect(first('Этим вечером в филармонии пройдёт концерт.')).toEqual(
      expect.objectContaining({
        text: 'Этим вечером',
        kind: 'time',
        value: '2025-11-26T18:00+05:00/2025-11-27T00:00+05:00',
        relative: true,
      }),
    );
  });
  test('"прошлой ночью" is the night into the publication day', () => {
    expect(first('Прошлой ночью в городе шёл дождь.')?.value).toBe(
      '2025-11-26T00:00+05:00/2025-11-26T06:00+05:00',
    );
  });
  test('"этой ночью" looks ahead in a sentence about the future', () => {
    expect(first('Этой ночью ожидается сильная гроза.')?.value).toBe(
      '2025-11-27T00:00+05:00/2025-11-27T06:00+05:00',
    );
  });
});
