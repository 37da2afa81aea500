import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { loadMorphology } from '../../document/analyse/index.js';
import { recordProblems } from '../../document/record/validate.js';
import type { NewsRecord } from '../../document/record/types.js';
import { extractRecord, offsetOf } from './extract.js';

beforeAll(async () => {
  await loadMorphology();
});

/** Every span of a record, with where it sits. */
function spans(r: NewsRecord): { where: string; start: number; end: number; text: string }[] {
  return [
    ...r.people.flatMap((p) => p.mentions.map((m) => ({ where: `person ${p.name}`, ...m }))),
    ...r.quotes.map((q) => ({ where: 'quote', ...q })),
    ...r.numbers.map((n) => ({ where: 'number', ...n })),
    ...r.dates.map((d) => ({ where: 'date', ...d })),
  ];
}

// Pieces of real news language mixed with noise, so generated texts reach the extractors' paths.
const PIECES = [
  'Ерлан Саиров',
  'заявил',
  ', что',
  '«',
  '»',
  '"',
  '“',
  '„',
  ' – ',
  '—',
  'сказал он.',
  'По словам депутата,',
  '26 ноября 2025 года',
  'в этом году',
  'за последние 5 лет',
  'почти 1 млрд тенге',
  '52 районных акимов',
  '12,3%',
  '83-летнего',
  'четвертого',
  '1\u00a0000',
  '$10',
  '€',
  'тыс.',
  'Е. Саиров',
  'т.е.',
  'г.',
  '\n\n',
  '\n',
  ' ',
  '😀',
  'Hello',
  'Barack Obama',
  'Мадонна',
  'она',
  'вчера',
  '15:00',
  '2020–2025',
  'с 1 по 5 декабря',
  '.',
  '?',
  '!',
  '…',
  '(',
  ')',
  '-',
  '2-й',
  'полтора',
  'шести',
  'одного',
  'Ё',
  'ё',
];

const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((a) => a.join(' '));

describe('extractRecord', () => {
  test('never throws and every item keeps text.slice(start, end) === item.text', () => {
    fc.assert(
      fc.property(
        fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 200 })),
        fc.boolean(),
        (text, withDate) => {
          const r = extractRecord({ text, published: withDate ? '2025-11-26T12:00:00+05:00' : null });
          expect(r.text).toBe(text);
          for (const s of spans(r)) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(s.start, s.end)).toBe(s.text);
          }
          expect(recordProblems(r)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the same article gives the same record id and items on every run', () => {
    const text = 'Министр Асель Нурланова отметила, что за последние три года область удвоила выпуск зерна.';
    const a = extractRecord({ text, url: 'https://www.zakon.kz/a.html' });
    const b = extractRecord({ text, url: 'https://www.zakon.kz/a.html' });
    expect(a).toEqual(b);
    expect(a.id).toMatch(/^nf-[0-9a-f]{20}$/);
  });

  test('an input id and text are kept exactly', () => {
    const r = extractRecord({ id: 'NEREL/1', text: '  Текст\u00a0с пробелами  ' });
    expect(r.id).toBe('NEREL/1');
    expect(r.text).toBe('  Текст\u00a0с пробелами  ');
  });
});

describe('offsetOf', () => {
  test('reads the offset of an ISO timestamp', () => {
    expect(offsetOf('2025-11-26T12:00:00+05:00')).toBe(300);
    expect(offsetOf('2025-11-26T12:00:00Z')).toBe(0);
    expect(offsetOf('2025-11-26T12:00:00-03:30')).toBe(-210);
    expect(offsetOf('2025-11-26')).toBeNull();
  });
});
