import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import { extractPeople } from './index.js';
import { describeUnless, needShared, sharedFile } from '../../test/skip.js';

beforeAll(async () => {
  await loadMorphology();
});

interface ExpectedMention {
  start: number;
  end: number;
  text: string;
  kind: string;
}
interface ExpectedPerson {
  name: string;
  role: string | null;
  mentions: ExpectedMention[];
}

describeUnless(needShared('acceptance'), 'the seed article (../shared/acceptance)', () => {
  test('two deputies, with exactly their name and role mentions', () => {
    const text = readFileSync(sharedFile('acceptance', 'seed-article.txt'), 'utf8');
    const expected = JSON.parse(
      readFileSync(sharedFile('acceptance', 'seed-article.expected.json'), 'utf8'),
    ) as {
      people: ExpectedPerson[];
    };
    const people = extractPeople(analyse(text)).items;
    expect(people.map((p) => ({ name: p.name, role: p.role }))).toEqual(
      expected.people.map((p) => ({ name: p.name, role: p.role })),
    );
    for (const [k, p] of people.entries()) {
      expect(p.mentions).toEqual(expected.people[k]!.mentions);
      expect(p.quoted).toBe(false);
      expect(p.id).toBe(`p${k + 1}`);
    }
  });
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    'Ерлан Саиров',
    'Саирова',
    ' депутат ',
    'Н.А.',
    ' Назарбаев',
    '«Газпром»',
    ' (Joel Simon) ',
    'Си Цзиньпин',
    ', – сказал ',
    '. ',
    '\n',
    '👍',
    '"',
    '«',
    'Е.',
    'аль-',
    'Мажилиса',
    '-младшего',
  );
  const text = fc
    .array(fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join(''));

  test('never throws; every mention is a true slice of the text; mentions and people are ordered', () => {
    fc.assert(
      fc.property(text, (t) => {
        const people = extractPeople(analyse(t)).items;
        let lastFirst = -1;
        people.forEach((p, k) => {
          expect(p.id).toBe(`p${k + 1}`);
          expect(p.mentions.length).toBeGreaterThan(0);
          let prev = -1;
          for (const m of p.mentions) {
            expect(t.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeLessThan(m.end);
            expect(m.start).toBeGreaterThanOrEqual(prev);
            prev = m.start;
          }
          expect(p.mentions[0]!.start).toBeGreaterThanOrEqual(lastFirst);
          lastFirst = p.mentions[0]!.start;
        });
      }),
      { numRuns: 400 },
    );
  });

  test('deterministic: the same text gives the same people', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(extractPeople(analyse(t))).toEqual(extractPeople(analyse(t)));
      }),
      { numRuns: 100 },
    );
  });
});
