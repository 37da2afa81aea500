// The numbers extractor as a whole: the seed article, Duckling's Russian peer suites (first item
// of each case, as the eval harness reads them) and a property test over arbitrary text.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse } from '../../document/analyse/index.js';
import { extractNumbers } from './index.js';
import { items, ready } from './testing.js';
import { describeUnless, needShared, sharedFile } from '../../test/skip.js';

const SEED = sharedFile('acceptance', 'seed-article.txt');
const SEED_EXPECTED = sharedFile('acceptance', 'seed-article.expected.json');
const SUITES = ['duckling-ru-number.json', 'duckling-ru-ordinal.json', 'duckling-ru-money.json'];

interface PeerCase {
  text: string;
  expected: { value?: number; min?: number; max?: number; currency?: string | null; bound?: 'min' | 'max' };
}
interface PeerException {
  suite: string;
  text: string;
  reason: string;
}
interface ExpectedNumber {
  start: number;
  end: number;
  value: number;
  kind: string;
  currency?: string;
  counts?: string;
  approx?: string;
}

beforeAll(ready);

describeUnless(needShared('acceptance'), 'seed article', () => {
  test('all six numbers with values, currency and counted objects', () => {
    const text = readFileSync(SEED, 'utf8');
    const expected = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as {
      numbers: ExpectedNumber[];
      dates: Array<{ start: number; end: number }>;
    };
    // the dates extractor claims its spans before this one runs
    const got = extractNumbers(analyse(text), expected.dates).items;
    expect(got).toHaveLength(expected.numbers.length);
    for (const e of expected.numbers) {
      const n = got.find((g) => g.start === e.start && g.end === e.end);
      expect(n).toMatchObject({
        value: e.value,
        kind: e.kind,
        counts: e.counts ?? null,
        approx: e.approx ?? null,
        currency: e.currency ?? null,
      });
    }
  });
});

describeUnless(needShared('peer-suites'), 'peer suites', () => {
  const exceptions = JSON.parse(
    readFileSync(new URL('./peer-exceptions.json', import.meta.url), 'utf8'),
  ) as PeerException[];
  for (const suite of SUITES) {
    test(suite, () => {
      const cases = JSON.parse(readFileSync(sharedFile('peer-suites', suite), 'utf8')) as PeerCase[];
      const failed: string[] = [];
      for (const c of cases) {
        if (exceptions.some((x) => x.suite === suite && x.text === c.text)) continue;
        const n = items(c.text)[0];
        const e = c.expected;
        let ok = n !== undefined;
        if (n && e.min !== undefined) ok = n.min === e.min && n.max === e.max;
        else if (n && e.value !== undefined) ok = Math.abs(n.value - e.value) < 1e-9;
        if (n && e.currency) ok &&= n.currency === e.currency;
        if (n && e.bound === 'max') ok &&= n.approx === 'under' || n.approx === 'up_to';
        if (n && e.bound === 'min') ok &&= n.approx === 'over' || n.approx === 'at_least';
        if (!ok) failed.push(c.text);
      }
      expect(failed).toEqual([]);
    });
  }
  test('every exception names a case of its suite and a reason', () => {
    for (const x of exceptions) {
      const cases = JSON.parse(readFileSync(sharedFile('peer-suites', x.suite), 'utf8')) as PeerCase[];
      expect(cases.some((c) => c.text === x.text)).toBe(true);
      expect(x.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('property: any text', () => {
  const pieces = fc.constantFrom(
    ' ',
    '\u00a0',
    '5',
    '1 000',
    '12,3',
    '%',
    'млн',
    'тыс.',
    'тенге',
    '$',
    '€',
    'рублей',
    '-',
    '–',
    '«',
    '»',
    '"',
    'двадцать',
    'пяти',
    'первый',
    '83-летний',
    'лет',
    'около',
    'от',
    'до',
    'и',
    ',',
    '.',
    ':',
    '\n',
    'XIV',
    'Су-27',
    '№',
    'ст.',
    '😀',
    'abc',
    'Ё',
    'кв.',
    'м',
    'раза',
    'счетом',
    '4:0',
    'полтора',
    'несколько',
    'сотен',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join(' ')),
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  test('never throws; spans hold; counted spans stay inside the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const got = extractNumbers(analyse(text)).items;
        let prevEnd = -1;
        for (const n of got) {
          expect(text.slice(n.start, n.end)).toBe(n.text);
          expect(n.start).toBeLessThan(n.end);
          expect(n.start).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = n.end;
          expect(Number.isFinite(n.value)).toBe(true);
          if (n.countsSpan) {
            expect(n.countsSpan.start).toBeGreaterThanOrEqual(0);
            expect(n.countsSpan.end).toBeLessThanOrEqual(text.length);
            expect(n.countsSpan.start).toBeLessThan(n.countsSpan.end);
          }
          expect((n.min === undefined) === (n.max === undefined)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
  test('claimed ranges are never overlapped', () => {
    fc.assert(
      fc.property(texts, fc.nat(60), fc.nat(20), (text, s, len) => {
        const taken = [{ start: Math.min(s, text.length), end: Math.min(s + len, text.length) }];
        for (const n of extractNumbers(analyse(text), taken).items) {
          const t = taken[0]!;
          expect(n.end <= t.start || n.start >= t.end).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('found by the property test', () => {
  test('"двадцать первый" is one ordinal, not also "первый"', () => {
    expect(extractNumbers(analyse('двадцать первый')).items.map((n) => [n.text, n.value])).toEqual([
      ['двадцать первый', 21],
    ]);
  });
  test('a score side does not open a range: "4:0 – 12,3"', () => {
    expect(extractNumbers(analyse('4:0 – 12,3')).items.map((n) => n.text)).toEqual(['4', '0', '12,3']);
  });
});
