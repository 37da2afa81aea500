import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, ready } from '../testing.js';

beforeAll(ready);

describe('a time takes its day, and the day stays an item of its own inside it', () => {
  test('a day and a clock time: "29 декабря в 10:00"', () => {
    expect(
      datesIn('Росавтодору придётся ответить в суде 29 декабря в 10:00 в Останкинском районном суде.'),
    ).toEqual([
      ['29 декабря в 10:00', '2025-12-29T10:00+05:00', 'date'],
      ['29 декабря', '2025-12-29', 'date'],
    ]);
  });

  test('a weekday and a part of the day: "в пятницу вечером"', () => {
    expect(datesIn('Инцидент произошёл в пятницу вечером у здания администрации.')).toEqual([
      ['в пятницу вечером', '2025-11-21T18:00+05:00/2025-11-22T00:00+05:00', 'time'],
      ['в пятницу', '2025-11-21', 'date'],
    ]);
  });

  test('"в ночь на 24 октября": the night into that day, and the day', () => {
    expect(datesIn('В ночь на 24 октября в городе демонтировали памятник.')).toEqual([
      ['В ночь на 24 октября', '2025-10-24T00:00+05:00/2025-10-24T06:00+05:00', 'time'],
      ['на 24 октября', '2025-10-24', 'date'],
    ]);
  });

  test('a day with its weekday is one item: "в среду, 19 ноября"', () => {
    expect(datesIn('Он скончался в среду, 19 ноября, в Ростове-на-Дону.')).toEqual([
      ['в среду, 19 ноября', '2025-11-19', 'date'],
    ]);
  });
  test('a part of a weekday moves onto the date the weekday names: "утром в среду, 20 января"', () => {
    expect(datesIn('ДТП произошло утром в среду, 20 января, на участке автотрассы.')).toEqual([
      ['утром в среду, 20 января', '2025-01-20T06:00+05:00/2025-01-20T12:00+05:00', 'time'],
      ['в среду, 20 января', '2025-01-20', 'date'],
    ]);
  });

  test('a clock keeps its time on the date its weekday names: "около 23:00 мск в среду, 2 ноября 2016 года"', () => {
    expect(datesIn('Он скончался около 23:00 мск в среду, 2 ноября 2016 года, в Ростове-на-Дону.')).toEqual([
      ['около 23:00 мск в среду, 2 ноября 2016 года', '2016-11-02T23:00+03:00', 'date'],
      ['в среду, 2 ноября 2016 года', '2016-11-02', 'date'],
    ]);
  });

  test('a later "на следующий день" counts from the day of a time', () => {
    const got = datesIn(
      'Утром в понедельник, 28 апреля 2014 года он прилетел в Москву. На следующий день он встретился с министром.',
    );
    expect(got[2]).toEqual(['На следующий день', '2014-04-29', 'date']);
  });
});
