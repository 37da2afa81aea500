import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse } from '../../document/analyse/index.js';
import { contextOf } from './context.js';
import { firstPass, parseAll } from './index.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { DATE_WORDS, PUBLISHED, ready, devTexts } from './testing.js';
import type { Candidate } from './types.js';
import { needShared, testUnless } from '../../test/skip.js';

beforeAll(ready);

const shown = (cs: Candidate[]): string[] =>
  cs.map((c) => `${c.source} ${c.start}-${c.end} ${c.value ?? ''}`);

/** What the first pass keeps, and what dropOverlaps keeps of every candidate built. */
function both(text: string): [string[], string[]] {
  const doc = analyse(text, { published: PUBLISHED, tzOffsetMinutes: 300 });
  const ctx = contextOf(doc);
  return [shown(firstPass(ctx)), shown(dropOverlaps(parseAll(ctx), ctx))];
}

describe('the first pass', () => {
  test('builds a match inside a dropped longer candidate ("мая" once "20 мая" loses to "2019/20")', () => {
    const [lazy, eager] = both('Сезон 2019/20 мая не закончился.');
    expect(lazy).toEqual(eager);
    expect(lazy.some((c) => c.startsWith('month'))).toBe(true);
  });

  testUnless(
    needShared('gold'),
    'keeps what dropOverlaps keeps of every candidate built, on the dev texts',
    () => {
      const texts = devTexts();
      expect(texts.length).toBeGreaterThan(50);
      for (const text of texts) {
        const [lazy, eager] = both(text);
        expect(lazy).toEqual(eager);
      }
    },
  );

  test('keeps what dropOverlaps keeps of every candidate built (random sentences of date words)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...DATE_WORDS, '2019/20', 'мая', '20'), { minLength: 1, maxLength: 30 }),
        (ws) => {
          const [lazy, eager] = both(ws.join(' '));
          expect(lazy).toEqual(eager);
        },
      ),
      { numRuns: Number(process.env['DATES_PROPERTY_RUNS'] ?? 400) },
    );
  });
});
