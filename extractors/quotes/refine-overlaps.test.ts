import { describe, expect, test } from '@jest/globals';
import { settleOverlaps, type ResolvedCandidate } from './refine.js';
import { seededRandom as random } from '../../document/seeded-random.js';

const overlap = (a: ResolvedCandidate, b: ResolvedCandidate): boolean => a.start < b.end && b.start < a.end;
const contains = (a: ResolvedCandidate, b: ResolvedCandidate): boolean =>
  a.start <= b.start && b.end <= a.end;

/** The rule read plainly: each candidate, by priority, against every one kept so far. */
function pairwise(cands: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  const order = [...cands].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: ResolvedCandidate[] = [];
  for (const c of order) {
    let keep = true;
    for (let k = 0; k < kept.length; k++) {
      const o = kept[k]!;
      if (!overlap(o, c)) continue;
      if (c.kind === 'direct' && o.kind === 'direct' && contains(o, c) && c.cue !== null && c.start > o.start)
        continue;
      if (c.priority === o.priority && (contains(o, c) || contains(c, o)) && c.person >= 0 && o.person < 0) {
        kept.splice(k, 1);
        k--;
        continue;
      }
      keep = false;
      break;
    }
    if (keep) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('settleOverlaps', () => {
  test('keeps what comparing every pair keeps, over long and nested spans', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const rnd = random(seed);
      const cands = Array.from({ length: 80 }, (): ResolvedCandidate => {
        const start = Math.floor(rnd() * 5000);
        const long = rnd() < 0.05;
        return {
          start,
          end: start + 1 + Math.floor(rnd() * (long ? 3000 : 200)),
          kind: rnd() < 0.6 ? 'direct' : 'indirect',
          cue: rnd() < 0.5 ? 'сказать' : null,
          pattern: 'test',
          attr: { mode: 'none', group: null, verbGender: null },
          priority: [10, 20, 25, 30][Math.floor(rnd() * 4)]!,
          person: rnd() < 0.5 ? 0 : -1,
          source: null,
        };
      });
      expect(settleOverlaps(cands)).toEqual(pairwise(cands));
    }
  });
});
