import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import { extractQuotes } from './index.js';
import { person } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

const pieces = [
  '«',
  '»',
  '"',
  '„',
  '“',
  '”',
  ' – ',
  ' — ',
  '-',
  ', ',
  '. ',
  ': ',
  '\n',
  '\n\n',
  ' ',
  'сказал',
  'заявила',
  'отметил, что',
  'По словам',
  'по его мнению',
  'Как сообщил',
  'пишет ТАСС',
  'Саиров',
  'Ерлан Саиров',
  'он',
  'депутат',
  'Мы должны',
  'это важно',
  'Zakon.kz',
  '😀',
  'Hello',
  'ё',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

describe('quotes on arbitrary text', () => {
  test('never throws, offsets hold, every speaker exists', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const people = text.includes('Саиров') ? [person(text, 'p1', 'Ерлан Саиров', 'Саиров')] : [];
        const r = extractQuotes(analyse(text, { outlet: 'Zakon.kz' }), people);
        const ids = new Set(r.people.map((p) => p.id));
        expect(ids.size).toBe(r.people.length);
        for (const q of r.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
        }
        for (const p of r.people) {
          for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(p.quoted).toBe(
            r.quotes.some((q) => q.speaker === p.id) || people.some((x) => x.id === p.id && x.quoted),
          );
        }
      }),
      { numRuns: Number(process.env.QUOTES_PROPERTY_RUNS ?? 400) },
    );
  });
  test('deterministic', () => {
    const t = '«Это важно», – сказал Саиров. Он отметил, что работа идёт.';
    const a = extractQuotes(analyse(t), []);
    const b = extractQuotes(analyse(t), []);
    expect(a).toEqual(b);
  });
});

test('an empty pair of quotes after a speech verb is no quote', () => {
  expect(extractQuotes(analyse('Он отметил, что„“'), []).quotes).toEqual([]);
});
