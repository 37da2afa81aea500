import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from '@jest/globals';
import { analyse } from '../../document/analyse/index.js';
import { CANDIDATE_FIELDS, cand } from './candidate.js';
import { contextOf } from './context.js';
import { REFINERS, parseAll } from './index.js';
import { PUBLISHED, ready } from './testing.js';
import { needShared, sharedFile, testUnless } from '../../test/skip.js';

beforeAll(ready);

test('a candidate has every field, in one order, whatever it was made from', () => {
  const a = cand({ start: 1, end: 5 }, { kind: 'date', grain: 'year', relative: false, source: 'x' });
  const b = cand(a, { parts: { y: 2025 }, priority: -1 });
  expect(Object.keys(a)).toEqual(CANDIDATE_FIELDS);
  expect(Object.keys(b)).toEqual(CANDIDATE_FIELDS);
  expect(b).toMatchObject({ start: 1, end: 5, source: 'x', parts: { y: 2025 }, priority: -1 });
  expect((a as { parts?: unknown }).parts).toBeUndefined();
});

test('a candidate cannot be the extra fields of another: its empty fields would wipe out the base', () => {
  const a = cand({ start: 1, end: 5 }, { kind: 'date', grain: 'year', relative: false, source: 'x' });
  expect(() => cand(a, a)).toThrow(TypeError);
});

testUnless(
  needShared('gold'),
  'every candidate of every parser and refiner on the dev texts has the one field order',
  () => {
    const texts = readFileSync(sharedFile('gold', 'nerel-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let seen = 0;
    for (const text of texts) {
      const ctx = contextOf(analyse(text, { published: PUBLISHED, tzOffsetMinutes: 300 }));
      let cands = parseAll(ctx);
      for (const c of cands) expect(Object.keys(c)).toEqual(CANDIDATE_FIELDS);
      for (const refine of REFINERS) {
        cands = refine(cands, ctx);
        for (const c of cands) expect(Object.keys(c)).toEqual(CANDIDATE_FIELDS);
      }
      seen += cands.length;
    }
    expect(seen).toBeGreaterThan(500);
  },
);
