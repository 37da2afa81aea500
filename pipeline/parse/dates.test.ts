import { describe, expect, test } from '@jest/globals';
import { dateFromUrl, normaliseMachineDate, parseVisibleDate, type DateContext } from './dates.js';

const MSK: DateContext = { tzOffsetMinutes: 180, now: new Date('2025-08-15T20:00:00Z') };
const NONE: DateContext = { tzOffsetMinutes: null, now: new Date('2025-08-15T20:00:00Z') };
const KZ: DateContext = {
  tzOffsetMinutes: 300,
  now: new Date('2025-08-15T20:00:00Z'),
  tzChanges: [{ until: '2024-03-01T00:00:00', offsetMinutes: 360 }],
};

describe('machine-readable dates', () => {
  test('an ISO date-time keeps its own offset', () => {
    expect(normaliseMachineDate('2025-05-14T20:28:12.467+03:00', NONE)).toBe('2025-05-14T20:28:12+03:00');
  });
  test('a UTC instant is shown in the outlet zone', () => {
    expect(normaliseMachineDate('2020-06-28T21:16:15Z', MSK)).toBe('2020-06-29T00:16:15+03:00');
  });
  test('a local time without offset takes the outlet zone', () => {
    expect(normaliseMachineDate('2025-11-26 12:00', KZ)).toBe('2025-11-26T12:00:00+05:00');
  });
  test('Kazakhstan times before March 2024 are +06:00', () => {
    expect(normaliseMachineDate('2020-12-01T14:02', KZ)).toBe('2020-12-01T14:02:00+06:00');
  });
  test('a date alone stays a date', () => {
    expect(normaliseMachineDate('2016-08-15', MSK)).toBe('2016-08-15');
  });
  test('RFC 2822 and Unix seconds', () => {
    expect(normaliseMachineDate('Sun, 28 Jun 2020 21:16:15 GMT', MSK)).toBe('2020-06-29T00:16:15+03:00');
    expect(normaliseMachineDate('1593378975', MSK)).toBe('2020-06-29T00:16:15+03:00');
  });
  test('garbage is null', () => {
    expect(normaliseMachineDate('вчера вечером', NONE)).toBeNull();
    expect(normaliseMachineDate('2025-13-40', NONE)).toBeNull();
  });
});

describe('visible Russian datelines', () => {
  test('"13:51, 15 августа 2025" (time first, as lenta.ru prints it)', () => {
    expect(parseVisibleDate('13:51, 15 августа 2025', MSK)).toBe('2025-08-15T13:51:00+03:00');
  });
  test('"15 августа 2025 года, 13:51"', () => {
    expect(parseVisibleDate('Опубликовано 15 августа 2025 года, 13:51', MSK)).toBe(
      '2025-08-15T13:51:00+03:00',
    );
  });
  test('"1 Декабря 2020 14:02" in a Kazakhstan outlet', () => {
    expect(parseVisibleDate('1 Декабря 2020 14:02', KZ)).toBe('2020-12-01T14:02:00+06:00');
  });
  test('"сегодня, 13:51" is the outlet-local today', () => {
    expect(parseVisibleDate('сегодня, 13:51', MSK)).toBe('2025-08-15T13:51:00+03:00');
  });
  test('"вчера в 10:00" is the day before', () => {
    expect(parseVisibleDate('вчера в 10:00', MSK)).toBe('2025-08-14T10:00:00+03:00');
  });
  test('"13:51 15.08.2025" and "15.08.2025, 13:51"', () => {
    expect(parseVisibleDate('13:51 15.08.2025', MSK)).toBe('2025-08-15T13:51:00+03:00');
    expect(parseVisibleDate('15.08.2025, 13:51', MSK)).toBe('2025-08-15T13:51:00+03:00');
  });
  test('a date without time', () => {
    expect(parseVisibleDate('11 октября 2018', MSK)).toBe('2018-10-11');
  });
  test('without a known zone the local time has no offset', () => {
    expect(parseVisibleDate('13:51, 15 августа 2025', NONE)).toBe('2025-08-15T13:51:00');
  });
  test('numbers that are not dates', () => {
    expect(parseVisibleDate('за 15 материалов 2025 рублей', MSK)).toBeNull();
  });
});

describe('dates in URLs', () => {
  test('/2020/06/28/ and /25may2020/', () => {
    expect(dateFromUrl('https://lenta.ru/news/2009/08/30/aero/')).toBe('2009-08-30');
    expect(dateFromUrl('https://www.newsru.com/russia/25may2020/const_distant.html')).toBe('2020-05-25');
    expect(dateFromUrl('https://tass.ru/moskva/8836033')).toBeNull();
  });
});
