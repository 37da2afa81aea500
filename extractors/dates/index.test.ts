import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse } from '../../document/analyse/index.js';
import { isoDurationSeconds } from '../../document/time/index.js';
import { extractDates } from './index.js';
import { PUBLISHED, ready } from './testing.js';
import { describeUnless, needShared, sharedFile, testUnless } from '../../test/skip.js';

beforeAll(ready);

const SEED = sharedFile('acceptance', 'seed-article.txt');
const SEED_EXPECTED = sharedFile('acceptance', 'seed-article.expected.json');
const PEER = sharedFile('peer-suites', 'duckling-ru-duration.json');

describeUnless(needShared('acceptance'), 'the seed article', () => {
  test('all five dates with their values and spans', () => {
    const text = readFileSync(SEED, 'utf8');
    const expected = (
      JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as {
        dates: Array<{ start: number; end: number; value: string }>;
      }
    ).dates;
    const got = extractDates(analyse(text, { published: PUBLISHED, tzOffsetMinutes: 300 })).items;
    for (const e of expected)
      expect(got).toContainEqual(expect.objectContaining({ start: e.start, end: e.end, value: e.value }));
    expect(got).toHaveLength(expected.length);
  });
});

describeUnless(needShared('peer-suites'), 'the Duckling duration suite', () => {
  test('at least 95% of cases, listed exceptions aside', () => {
    const UNIT_S: Record<string, number> = {
      second: 1,
      minute: 60,
      hour: 3600,
      day: 86400,
      week: 604800,
      month: 2592000,
      quarter: 7776000,
      year: 31536000,
    };
    const cases = JSON.parse(readFileSync(PEER, 'utf8')) as Array<{
      text: string;
      expected: { value: number; unit: string };
    }>;
    const exceptions = JSON.parse(
      readFileSync(new URL('./peer-exceptions.json', import.meta.url), 'utf8'),
    ) as Array<{ text: string }>;
    let pass = 0;
    for (const c of cases) {
      const d = extractDates(analyse(c.text, { published: PUBLISHED, tzOffsetMinutes: 300 })).items.find(
        (i) => i.kind === 'duration',
      );
      const seconds = d?.value ? isoDurationSeconds(d.value) : NaN;
      if (!Number.isNaN(seconds) && Math.abs(seconds - c.expected.value * UNIT_S[c.expected.unit]!) < 1e-6)
        pass++;
      else expect(exceptions.map((e) => e.text)).toContain(c.text);
    }
    expect(pass / cases.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('any text', () => {
  const pieces = fc.constantFrom(
    '26 ноября 2025 года',
    'в этом году',
    'за последние 5 лет',
    'с 2020 по 2025 год',
    'в 15:00',
    'вчера',
    'в понедельник',
    '«',
    '»',
    '"',
    '—',
    '-',
    ' ',
    '\n',
    '😀',
    'г.',
    '2025',
    '12.30',
    'полтора',
    'лет',
    'назад',
    'через',
    'до конца',
    'N-летний',
    'Ёлка',
    'abc',
    '(',
    ')',
    '1,5 млн',
    'в возрасте 52 лет',
    '/',
    'ч.',
    'среду',
    'во вторник',
    'в прошлую пятницу',
    'вчера',
    'около полуночи',
    'накануне',
    'в тот же день',
  );
  const texts = fc.oneof(
    fc.string(),
    fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join('')),
  );
  test('never throws and every offset holds', () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom<string | null>(PUBLISHED, null, '2025-11-26', 'not a date'),
        (text, published) => {
          const doc = analyse(text, { published, tzOffsetMinutes: null });
          const { items } = extractDates(doc);
          for (const d of items) {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.end).toBeGreaterThan(d.start);
            expect(d.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(d.start, d.end)).toBe(d.text);
            expect(d.text).toBe(d.text.trim());
          }
          // items do not overlap, except that a time keeps its day as an item inside it, next after it
          let end = 0;
          for (let i = 0; i < items.length; i++) {
            const d = items[i]!;
            const outer = items[i - 1];
            if (outer && d.start < end) {
              expect(d.start).toBeGreaterThanOrEqual(outer.start);
              expect(d.end).toBeLessThanOrEqual(outer.end);
            } else expect(d.start).toBeGreaterThanOrEqual(end);
            end = Math.max(end, d.end);
          }
        },
      ),
      { numRuns: Number(process.env['DATES_PROPERTY_RUNS'] ?? 400) },
    );
  });
  testUnless(needShared('acceptance'), 'is deterministic', () => {
    const text = readFileSync(SEED, 'utf8');
    const a = extractDates(analyse(text, { published: PUBLISHED }));
    const b = extractDates(analyse(text, { published: PUBLISHED }));
    expect(a).toEqual(b);
  });
});

describe('a time with its day', () => {
  test('keeps the day as an item inside the time, right after it', () => {
    const text = 'Встреча прошла 26 ноября 2025 года около полуночи.';
    const got = extractDates(analyse(text, { published: PUBLISHED })).items.map((d) => d.text);
    expect(got).toEqual(['26 ноября 2025 года около полуночи', '26 ноября 2025 года']);
  });
});

describe('web addresses', () => {
  test('the numbers of a web address are no dates', () => {
    const text = 'Об этом пишет https://www.znak.com/2016-06-30/predstaviteli_konfessiy 30 июня.';
    const got = extractDates(analyse(text, { published: PUBLISHED })).items.map((d) => d.text);
    expect(got).toEqual(['30 июня']);
  });
});
