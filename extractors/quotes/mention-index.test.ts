import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import type { Mention, Person } from '../../document/record/types.js';
import { MentionIndex } from './mention-index.js';
import { seededRandom as random } from '../../document/seeded-random.js';

beforeAll(async () => {
  await loadMorphology();
});

const TEXT = Array.from({ length: 60 }, (_, k) => `Слово${k}, и ещё одно.`).join(' ');

/** People with overlapping mentions at random word offsets, some starting at the same place. */
function randomPeople(rnd: () => number): Person[] {
  const words = [...TEXT.matchAll(/\p{L}+\d*/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  return Array.from({ length: 5 }, (_, k): Person => {
    const mentions: Mention[] = [];
    for (let n = 0; n < 12; n++) {
      const a = Math.floor(rnd() * words.length);
      const b = Math.min(words.length - 1, a + Math.floor(rnd() * 3));
      const kind = (['name', 'role', 'pronoun'] as const)[Math.floor(rnd() * 3)]!;
      mentions.push({ start: words[a]![0], end: words[b]![1], text: '', kind });
    }
    mentions.sort((x, y) => x.start - y.start);
    return { id: `p${k}`, name: `Человек ${k}`, role: null, quoted: false, mentions };
  });
}

/** The scan the index replaces: every mention of every person, a strictly later start wins. */
function scanLatest(
  people: readonly Person[],
  floor: number,
  offset: number,
  ok: (k: number, m: Mention) => boolean,
): number {
  let best = -1;
  let bestAt = -1;
  people.forEach((p, k) => {
    for (const m of p.mentions)
      if (m.start >= floor && m.end <= offset && ok(k, m) && m.start > bestAt) {
        bestAt = m.start;
        best = k;
      }
  });
  return best;
}

describe('MentionIndex', () => {
  test('answers as a scan of every mention does, as mentions come and go', () => {
    const doc = analyse(TEXT);
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = random(seed);
      const people = randomPeople(rnd);
      const index = new MentionIndex(doc, people);
      for (let q = 0; q < 60; q++) {
        const a = Math.floor(rnd() * TEXT.length);
        const b = a + Math.floor(rnd() * 80);
        const odd = (k: number, m: Mention): boolean => m.kind !== 'pronoun' && k % 2 === 1;
        const any = (_k: number, m: Mention): boolean => m.kind !== 'pronoun';
        expect(index.latestBefore(a, b, any)).toBe(scanLatest(people, a, b, any));
        expect(index.latestBefore(a, b, odd)).toBe(scanLatest(people, a, b, odd));
        expect(index.overlaps(a, b)).toBe(
          people.some((p) => p.mentions.some((m) => m.start < b && m.end > a)),
        );
        // take one mention back, now and then
        const p = people[Math.floor(rnd() * people.length)]!;
        if (q % 3 === 0 && p.mentions.length > 0) {
          const k = people.indexOf(p);
          const [m] = p.mentions.splice(Math.floor(rnd() * p.mentions.length), 1);
          index.remove(k, m!);
        }
      }
    }
  });

  test('two people mentioned at one offset: the first in order is the one', () => {
    const doc = analyse('Вчера Иванов сказал.');
    const m = (): Mention => ({ start: 6, end: 12, text: 'Иванов', kind: 'name' });
    const people: Person[] = [0, 1].map((k) => ({
      id: `p${k}`,
      name: 'Иванов',
      role: null,
      quoted: false,
      mentions: [m()],
    }));
    expect(new MentionIndex(doc, people).latestBefore(0, 20, () => true)).toBe(0);
  });
});
